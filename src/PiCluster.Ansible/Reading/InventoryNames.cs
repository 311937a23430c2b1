namespace PiCluster.Ansible.Reading;

/// <summary>
/// Host and group names: any text Ansible takes, except characters a terminal does not show as themselves (controls such
/// as NUL or a line break, zero-width and right-to-left marks). No host name or address holds one, and a name that does
/// would print as another name, or rewrite the line it is printed on.
/// </summary>
static class InventoryNames
{
    public static string Checked(string name, string what, SourceSpot where)
    {
        if (VisibleText.FirstHidden(name) is not { } hidden)
            return name;
        throw new InventoryException(where,
            $"the {what} name '{VisibleText.Escape(name)}' holds {VisibleText.CodePoint(hidden)}, an invisible or control character that no host name or address has",
            what == "host"
                ? "Rename the host with letters, digits, dots and dashes, and give its address in ansible_host if it differs"
                : $"Rename the {what} with letters, digits, dashes and underscores");
    }
}
