using PiCluster.Ansible.Reading;

namespace PiCluster.Ansible;

/// <summary>Reads an Ansible inventory (a YAML or INI file, or a folder of them) with its host_vars/ and group_vars/.</summary>
public static class InventoryLoader
{
    public static Inventory Load(string path)
    {
        var draft = new InventoryDraft();
        foreach (var file in InventorySources.Files(path))
            Read(file, path, draft);
        draft.Reconcile();
        // Like Ansible, vars folders sit beside an inventory file, or inside an inventory folder.
        var varsFolder = Directory.Exists(path) ? path : Path.GetDirectoryName(path) ?? "";
        return InventoryAssembly.Build(path, draft, varsFolder);
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
