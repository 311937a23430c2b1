using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PiCluster.Ansible.Ini;
using PiCluster.Ansible.Reading;

namespace PiCluster.Ansible.Yaml;

/// <summary>Types a plain YAML scalar the way PyYAML (YAML 1.1) does for Ansible: yes/on → true, 017 → 15, 1:20 → 80, 2001-12-14 → a date.</summary>
static partial class YamlScalars
{
    /// <summary>The value of an untagged plain scalar; JSON files type numbers as JSON does.</summary>
    public static JsonNode? Implicit(string text, bool json, SourceSpot where)
    {
        // Only null, true/false (y…, n…, t…, f…, o…), numbers and dates have a type; most names start with another letter.
        if (text.Length > 0 && char.IsAsciiLetter(text[0]) && "yYnNtTfFoO".IndexOf(text[0], StringComparison.Ordinal) < 0)
            return JsonValue.Create(text);
        if (json && JsonNumber().IsMatch(text))
        {
            return text.Contains('.', StringComparison.Ordinal) || text.Contains('e', StringComparison.OrdinalIgnoreCase)
                ? JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture))
                : Integer(text, where);
        }

        if (IsNull(text))
            return null;
        if (Bool(text) is { } flag)
            return JsonValue.Create(flag);
        if (Int().IsMatch(text))
            return Integer(text, where);
        if (Float().IsMatch(text))
            return JsonValue.Create(Double(text));
        if (YamlTimestamp.Format(text) is { } iso)
            return JsonValue.Create(iso);
        return JsonValue.Create(text);
    }

    public static bool IsNull(string text) => text is "" or "~" or "null" or "Null" or "NULL";

    public static bool? Bool(string text) => text switch
    {
        "yes" or "Yes" or "YES" or "true" or "True" or "TRUE" or "on" or "On" or "ON" => true,
        "no" or "No" or "NO" or "false" or "False" or "FALSE" or "off" or "Off" or "OFF" => false,
        _ => null,
    };

    public static bool IsInt(string text) => Int().IsMatch(text);

    public static bool IsFloat(string text) => Float().IsMatch(text) || Int().IsMatch(text);

    /// <summary>An integer in any YAML 1.1 form; values past 64 bits keep every digit, as Python does, up to Python's limit.</summary>
    public static JsonNode Integer(string text, SourceSpot where)
    {
        // Converting longer ones takes time that grows with the square of their length.
        if (text.Length > PythonNumber.MaxDigits)
        {
            throw new InventoryException(where, $"this number is {text.Length:N0} characters long, longer than the {PythonNumber.MaxDigits} digits Python (and so Ansible) reads",
                "Quote it to keep it as text");
        }

        var digits = text.Replace("_", "", StringComparison.Ordinal);
        var negative = digits.StartsWith('-');
        digits = digits.TrimStart('-', '+');
        var value = digits switch
        {
            _ when digits.Contains(':', StringComparison.Ordinal) => digits.Split(':').Aggregate(BigInteger.Zero, (sum, part) => sum * 60 + BigInteger.Parse(part, CultureInfo.InvariantCulture)),
            ['0', 'b' or 'B', .. var bits] => bits.Aggregate(BigInteger.Zero, (sum, bit) => sum * 2 + (bit - '0')),
            ['0', 'x' or 'X', .. var hex] => BigInteger.Parse("0" + hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture),
            ['0', 'o' or 'O', .. var octal] => octal.Aggregate(BigInteger.Zero, (sum, d) => sum * 8 + (d - '0')),
            ['0', .. var octal] when octal.Length > 0 => octal.Aggregate(BigInteger.Zero, (sum, d) => sum * 8 + (d - '0')),
            _ => BigInteger.Parse(digits, CultureInfo.InvariantCulture),
        };
        return IntegerValue.Of(negative ? -value : value);
    }

    public static double Double(string text)
    {
        var value = text.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
        var sign = value.StartsWith('-') ? -1 : 1;
        value = value.TrimStart('-', '+');
        if (value == ".inf")
            return sign * double.PositiveInfinity;
        if (value == ".nan")
            return double.NaN;
        if (!value.Contains(':', StringComparison.Ordinal))
            return sign * double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
        var parts = value.Split(':');
        return sign * (parts[..^1].Aggregate(0.0, (sum, part) => (sum * 60) + int.Parse(part, CultureInfo.InvariantCulture))
            * 60 + double.Parse(parts[^1], NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^[-+]?(?:0b[01_]+|0[0-7_]+|(?:0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Int();

    [GeneratedRegex(@"^(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex Float();

    [GeneratedRegex(@"^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex JsonNumber();
}
