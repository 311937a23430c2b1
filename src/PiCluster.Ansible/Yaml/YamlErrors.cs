using YamlDotNet.Core;

namespace PiCluster.Ansible.Yaml;

/// <summary>Says what a YAML parser failure means for someone editing an inventory, at the spot they need to fix.</summary>
static class YamlErrors
{
    public static InventoryException Explain(string file, string text, Exception error)
    {
        if (error is InventoryException known)
            return known;
        var at = error is YamlException y ? new SourceSpot(file, y.Start.Line, y.Start.Column) : null;
        var message = error.Message;

        // The parser reports a tab at the start of its mapping, and an unknown alias at 1:1, so find them in the text.
        if (YamlTextScan.FirstIndentTab(text, at is null || at.Line <= 1 ? long.MaxValue : at.Line) is var (tabLine, tabColumn))
        {
            return new InventoryException(new SourceSpot(file, tabLine, tabColumn), "this line is indented with a tab",
                "YAML indents with spaces only: replace the tab with spaces");
        }

        if (error is AnchorNotFoundException)
            return UnknownAlias(file, text, message);
        if (message.StartsWith("Duplicate key ", StringComparison.Ordinal))
        {
            return new InventoryException(at, $"{message["Duplicate key ".Length..]} appears twice in the same mapping",
                "Remove or rename one of them (Ansible would silently keep the last one)");
        }

        if ((at is null || message.Contains("flow", StringComparison.Ordinal)) && YamlTextScan.FirstUnclosedBracket(text) is var (line, column, bracket))
        {
            return new InventoryException(new SourceSpot(file, line, column), $"this {bracket} is never closed",
                $"Close it with {(bracket == '[' ? ']' : '}')} or, if the {bracket} is part of a value, quote the value");
        }

        if (message.Contains("quoted scalar", StringComparison.Ordinal))
            return new InventoryException(at, "this quoted value is never closed", "Add the closing quote at the end of the value");
        if (message.Contains("did not find expected key", StringComparison.Ordinal) || message.Contains("did not find expected '-'", StringComparison.Ordinal))
        {
            return new InventoryException(at, "this line is not indented like the lines it belongs with",
                "Line it up with the keys above it at the same level, using spaces");
        }

        if (message.Contains("invalid mapping", StringComparison.Ordinal))
        {
            return new InventoryException(at, "a 'key: value' cannot start here",
                "Put each key on its own line, indented under its parent, and quote values that contain ': '");
        }

        return new InventoryException(at ?? new SourceSpot(file, 1, 1), $"this is not valid YAML ({message.TrimEnd('.')})",
            "Check the YAML syntax at this spot");
    }

    static InventoryException UnknownAlias(string file, string text, string message)
    {
        var name = message.Split('\'') is [_, var quoted, ..] ? quoted : "";
        var (line, column) = YamlTextScan.Find(text, "*" + name) ?? (1, 1);
        return new InventoryException(new SourceSpot(file, line, column), $"the alias *{name} refers to no anchor",
            $"Define the anchor first with &{name} on the value to reuse, or remove the alias");
    }
}
