using System.Globalization;
using System.Text;

namespace PiCluster.Ansible;

/// <summary>
/// Text as a terminal can show it faithfully: control characters, invisible formatting characters (zero-width, right-to-left
/// and other direction marks, tags) and line separators written as escapes, as Python's repr writes them.
/// </summary>
public static class VisibleText
{
    /// <summary>True for a character that a terminal would not show as itself.</summary>
    public static bool IsHidden(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>The first hidden character of the text, if any.</summary>
    public static Rune? FirstHidden(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsHidden(rune))
                return rune;
        }
        return null;
    }

    /// <summary>The text with each hidden character escaped: \n, \t, \r, \u200b.</summary>
    public static string Escape(string text)
    {
        if (FirstHidden(text) is null)
            return text;
        var shown = new StringBuilder(text.Length + 16);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!IsHidden(rune))
                shown.Append(rune.ToString());
            else if (rune.Value is '\n' or '\t' or '\r')
                shown.Append(rune.Value switch { '\n' => @"\n", '\t' => @"\t", _ => @"\r" });
            else
                shown.Append(rune.IsBmp ? $@"\u{rune.Value:x4}" : $@"\U{rune.Value:x8}");
        }
        return shown.ToString();
    }

    /// <summary>A character as U+0000.</summary>
    public static string CodePoint(Rune rune) => $"U+{rune.Value:X4}";

    public static string CodePoint(char character) => $"U+{(int)character:X4}";
}
