using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using PiCluster.Ansible.Reading;

namespace PiCluster.Ansible.Ini;

/// <summary>Python 3 number literals: 42, 1_000, 0x1F, 0o17, 0b101, 1.5, .5, 5., 1e3 (007 is not one; complex numbers are refused).</summary>
static class PythonNumber
{
    /// <summary>Python reads no integer of more digits ("Exceeds the limit (4300 digits) for integer string conversion").</summary>
    public const int MaxDigits = 4300;

    public static bool TryRead(string text, ref int at, out JsonNode? value)
    {
        value = null;
        var start = at;
        if (at + 1 < text.Length && text[at] == '0' && char.ToLowerInvariant(text[at + 1]) is 'x' or 'o' or 'b')
        {
            var radix = char.ToLowerInvariant(text[at + 1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
            at += 2;
            var digits = Digits(text, ref at, c => Uri.IsHexDigit(c) && Convert.ToInt32(c.ToString(), 16) < radix, allowLeadingUnderscore: true);
            // Python reads a longer one, but cannot print it; kept as text here.
            if (digits is null || IsWordChar(text, at) || digits.Length > MaxDigits)
                return false;
            value = IntegerValue.Of(digits.Aggregate(BigInteger.Zero, (sum, d) => sum * radix + Convert.ToInt32(d.ToString(), 16)));
            return true;
        }

        var whole = Digits(text, ref at, char.IsAsciiDigit, allowLeadingUnderscore: false);
        var isFloat = false;
        string? fraction = null;
        if (at < text.Length && text[at] == '.')
        {
            at++;
            isFloat = true;
            fraction = Digits(text, ref at, char.IsAsciiDigit, allowLeadingUnderscore: false);
        }
        if (whole is null && fraction is null)
            return false;
        if (at < text.Length && text[at] is 'e' or 'E')
        {
            at++;
            if (at < text.Length && text[at] is '+' or '-')
                at++;
            if (Digits(text, ref at, char.IsAsciiDigit, allowLeadingUnderscore: false) is null)
                return false;
            isFloat = true;
        }
        if (IsWordChar(text, at))
            return false;

        var literal = text[start..at].Replace("_", "", StringComparison.Ordinal);
        if (isFloat)
        {
            value = JsonValue.Create(double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture));
            return true;
        }
        // Python 3 refuses leading zeros on integers other than zero itself, and integers it cannot convert; Ansible keeps those as text.
        if ((literal.Length > 1 && literal[0] == '0' && literal.Any(c => c != '0')) || literal.Length > MaxDigits)
            return false;
        value = IntegerValue.Of(BigInteger.Parse(literal, CultureInfo.InvariantCulture));
        return true;
    }

    public static JsonNode? Negate(JsonNode? number) => number switch
    {
        JsonValue v when v.TryGetValue<JsonElement>(out var big) => IntegerValue.Of(-BigInteger.Parse(big.GetRawText(), CultureInfo.InvariantCulture)),
        JsonValue v when v.TryGetValue<long>(out var l) => IntegerValue.Of(-new BigInteger(l)),
        JsonValue v when v.TryGetValue<double>(out var d) => JsonValue.Create(-d),
        _ => number,
    };

    // Digits with single underscores between them; null when there are none or an underscore is misplaced.
    static string? Digits(string text, ref int at, Func<char, bool> isDigit, bool allowLeadingUnderscore)
    {
        var start = at;
        var any = false;
        while (at < text.Length)
        {
            if (isDigit(text[at]))
                (any, at) = (true, at + 1);
            else if (text[at] == '_' && at + 1 < text.Length && isDigit(text[at + 1]) && (any || allowLeadingUnderscore))
                at++;
            else
                break;
        }
        if (!any)
            at = start;
        return any ? text[start..at].Replace("_", "", StringComparison.Ordinal) : null;
    }

    // A number running straight into a letter (22abc, 1j) is not a number literal.
    static bool IsWordChar(string text, int at) => at < text.Length && (char.IsLetterOrDigit(text[at]) || text[at] is '_' or '.');
}
