namespace PiCluster.Ansible;

/// <summary>A word of a split line after quotes and escapes are removed, with the column each character came from.</summary>
public sealed record ShellWord(string Text, IReadOnlyList<int> Columns, int Start)
{
    /// <summary>The 0-based column in the line where the character at this index of the word was written.</summary>
    public int ColumnOf(int index) => index < Columns.Count ? Columns[index] : (Columns.Count > 0 ? Columns[^1] + 1 : Start);
}
