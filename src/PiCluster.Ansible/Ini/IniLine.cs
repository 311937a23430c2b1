namespace PiCluster.Ansible.Ini;

/// <summary>One meaningful INI line, trimmed, with what is needed to point at a column of it.</summary>
sealed record IniLine(string File, int Number, int Indent, string Text)
{
    /// <summary>The spot of a 0-based column of the trimmed text.</summary>
    public SourceSpot Spot(int column) => new(File, Number, Indent + column + 1);
}
