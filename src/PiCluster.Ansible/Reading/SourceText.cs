namespace PiCluster.Ansible.Reading;

/// <summary>Reads an inventory or vars file, reporting an unreadable or vault-encrypted one as an inventory problem.</summary>
static class SourceText
{
    public static string Read(string file)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InventoryException(null, $"{file} cannot be read ({e.Message.TrimEnd('.')})", "Check that the file exists and that you may read it");
        }
        if (text.StartsWith("$ANSIBLE_VAULT", StringComparison.Ordinal))
        {
            throw new InventoryException(new SourceSpot(file, 1, 1), "this file is encrypted with Ansible Vault, which PiCluster cannot read",
                "Decrypt it (ansible-vault decrypt) and keep it readable only by you, or leave secrets out and let PiCluster ask for them");
        }

        return text;
    }
}
