using PiCluster.Ansible.Reading;

namespace PiCluster.Ansible;

/// <summary>Reads an Ansible inventory (a YAML or INI file, or a folder of them) with its host_vars/ and group_vars/.</summary>
public static class InventoryLoader
{
    public static Inventory Load(string path) => Load([path]);

    /// <summary>Several sources make one inventory, read in order, as Ansible reads `-i a -i b` or `inventory = a, b`;
    /// each source brings the vars folders beside it, a later source's winning.</summary>
    public static Inventory Load(IReadOnlyList<string> sources)
    {
        var draft = new InventoryDraft();
        foreach (var source in sources)
        {
            foreach (var file in InventorySources.Files(source))
                Read(file, source, draft);
        }
        draft.Reconcile();
        // Like Ansible, vars folders sit beside an inventory file, or inside an inventory folder.
        var varsFolders = sources.Select(s => Directory.Exists(s) ? s : Path.GetDirectoryName(s) ?? "").ToList();
        return InventoryAssembly.Build(string.Join(',', sources), draft, varsFolders);
    }

    static void Read(string file, string path, InventoryDraft draft)
    {
        try
        {
            InventoryFile.Read(file, draft);
        }
        catch (InventoryException e) when (file != path)
        {
            // In a folder, a file that is not inventory at all (notes, scripts) is the likelier mistake.
            throw new InventoryException(e.Where, e.Problem,
                $"{e.Fix}; or, if {Path.GetFileName(file)} is not inventory, move it out of {path} or give it a name Ansible skips (ending in .md or .txt, or starting with a dot)");
        }
    }
}
