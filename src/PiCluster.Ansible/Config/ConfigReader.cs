using System.Globalization;
using System.Text.RegularExpressions;

namespace PiCluster.Ansible.Config;

/// <summary>
/// Reads settings as Ansible's ConfigManager does (get_config_value_and_origin, then ensure_type): an environment variable
/// over the file, then the value typed. Where Ansible would quietly read a boolean it does not know as False, this refuses it.
/// </summary>
sealed partial class ConfigReader(ConfigIni? ini, IReadOnlyDictionary<string, string> environment, string currentFolder, string home)
{
    static readonly string[] True = ["y", "yes", "on", "1", "true", "t"];
    static readonly string[] False = ["n", "no", "off", "0", "false", "f"];

    /// <summary>A text setting; from the file, surrounding quotes are removed, as Ansible's unquote does.</summary>
    public ConfigValue<string>? Text(ConfigSetting setting) =>
        Raw(setting) is { } raw ? raw.Where is null ? raw : raw with { Value = Unquote(raw.Value) } : null;

    /// <summary>A path, made absolute from the file's folder when set in the file and from the current folder when set in the environment.</summary>
    public ConfigValue<string>? Path(ConfigSetting setting) =>
        Raw(setting) is { Value.Length: > 0 } raw ? raw with { Value = Resolve(raw.Value, raw) } : null;

    /// <summary>A comma-separated list of paths, each made absolute as <see cref="Path"/>; empty entries are left out.</summary>
    public ConfigValue<IReadOnlyList<string>>? PathList(ConfigSetting setting)
    {
        if (Raw(setting) is not { } raw)
            return null;
        var paths = raw.Value.Split(',').Select(p => p.Trim()).Where(p => p.Length > 0).Select(p => Resolve(p, raw)).ToList();
        return paths.Count == 0 ? null : new ConfigValue<IReadOnlyList<string>>(paths, raw.Name, raw.Text, raw.Where);
    }

    /// <summary>A whole number of at least <paramref name="minimum"/>; an empty environment variable means the default, as in Ansible.</summary>
    public ConfigValue<int>? Integer(ConfigSetting setting, int minimum, string meaning)
    {
        if (Raw(setting) is not { } raw)
            return null;
        // Only an empty variable means the default: Ansible refuses one of spaces, as it refuses an empty key in the file.
        if (raw.Value.Length == 0 && raw.Where is null)
            return null;
        var text = raw.Value.Trim();
        if (!WholeNumber().IsMatch(text) || !long.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            throw Bad(raw, setting, $"must be a whole number ({meaning}), got '{raw.Value}'", "");
        if (number < minimum || number > int.MaxValue)
            throw Bad(raw, setting, $"must be {minimum} or more ({meaning}), got {raw.Value}", "");
        return new ConfigValue<int>((int)number, raw.Name, raw.Text, raw.Where);
    }

    /// <summary>True or False in any spelling Ansible's boolean() knows (yes/no, on/off, y/n, t/f, 1/0, any case).</summary>
    public ConfigValue<bool>? Boolean(ConfigSetting setting)
    {
        if (Raw(setting) is not { } raw)
            return null;
        var text = raw.Value.Trim().ToLowerInvariant();
        if (True.Contains(text))
            return new ConfigValue<bool>(true, raw.Name, raw.Text, raw.Where);
        if (False.Contains(text))
            return new ConfigValue<bool>(false, raw.Name, raw.Text, raw.Where);
        throw Bad(raw, setting, $"must be True or False (or yes/no, on/off, 1/0), got '{raw.Value}'",
            "Ansible would quietly read it as False, so say what you mean");
    }

    // The last environment variable of the setting's list that is set, else the last key found in the file.
    ConfigValue<string>? Raw(ConfigSetting setting)
    {
        if (setting.Variables.LastOrDefault(environment.ContainsKey) is { } name)
            return new ConfigValue<string>(environment[name], name, environment[name], null);
        if (ini is null)
            return null;
        if (setting.Keys.Select(k => (k.Key, Entry: ini.Find(k.Section, k.Key))).LastOrDefault(k => k.Entry is not null) is not ({ } key, { } entry))
            return null;
        if (entry.Value.Contains('\uFFFD', StringComparison.Ordinal))
            throw new InventoryException(entry.Where, $"{key} is not UTF-8 text", "Save the file as UTF-8");
        return new ConfigValue<string>(entry.Value, key, entry.Value, entry.Where);
    }

    string Resolve(string path, ConfigValue<string> raw)
    {
        try
        {
            return AnsiblePath.Resolve(path, raw.Where is null ? currentFolder : System.IO.Path.GetDirectoryName(raw.Where.File) ?? currentFolder, environment, home);
        }
        catch (ArgumentException)
        {
            // A NUL character: no file has such a name.
            throw new InventoryException(raw.Where, $"{raw.Name} holds '{path}', which is not a path", $"Correct {raw.Name}");
        }
    }

    static string Unquote(string text) =>
        text.Length > 1 && text[0] == text[^1] && text[0] is '"' or '\'' && text[^2] != '\\' ? text[1..^1] : text;

    static InventoryException Bad(ConfigValue<string> raw, ConfigSetting setting, string problem, string note)
    {
        var also = note.Length > 0 ? $" ({note})" : "";
        return raw.Where is null
            ? new InventoryException(null, $"{raw.Name} {problem}", $"Set it as e.g. {raw.Name}={setting.Example}, or unset it{also}")
            : new InventoryException(raw.Where, $"{raw.Name} {problem}", $"Write it as e.g. {raw.Name} = {setting.Example}{also}");
    }

    // Python's int() of a str: a sign, then digits with single underscores between them.
    [GeneratedRegex("^[+-]?[0-9]+(_[0-9]+)*$")]
    private static partial Regex WholeNumber();
}
