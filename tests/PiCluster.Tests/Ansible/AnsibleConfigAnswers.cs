using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace PiCluster.Tests.Ansible;

/// <summary>
/// What the real Ansible reads in every <see cref="ConfigCase"/>: `ansible-config dump --only-changed -t all --format json`
/// run in the case's folders with its environment (and no ANSIBLE_* variable of this machine). All run at once, once per class.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class AnsibleConfigAnswers : IAsyncLifetime
{
    readonly string root = Directory.CreateTempSubdirectory("picluster-ansible-cfg-").FullName;

    public sealed record Answer(string Folder, IReadOnlyDictionary<string, string> Environment, int ExitCode, string StdOut, string StdErr)
    {
        /// <summary>`ansible-inventory --list`'s output, for a case that <see cref="ConfigCase.ListsInventory"/>.</summary>
        public string? InventoryList { get; init; }
    }

    public Dictionary<string, Answer> Answers { get; } = [];

    public async ValueTask InitializeAsync()
    {
        var runs = ConfigCase.All.Select((c, i) => (c, Run: RunAsync(c, Path.Combine(root, $"case{i}")))).ToList();
        foreach (var (c, run) in runs)
            Answers[c.Name] = await run;
    }

    public ValueTask DisposeAsync()
    {
        foreach (var folder in Directory.EnumerateDirectories(root, "work", SearchOption.AllDirectories))
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        Directory.Delete(root, recursive: true);
        return ValueTask.CompletedTask;
    }

    /// <summary>The environment the tools run with: this one without ANSIBLE_* variables, $HOME in the case folder, and the case's own.</summary>
    public static Dictionary<string, string> Environment(ConfigCase c, string folder)
    {
        var environment = System.Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .Where(e => !((string)e.Key).StartsWith("ANSIBLE_", StringComparison.Ordinal))
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "");
        environment["HOME"] = Path.Combine(folder, "home");
        foreach (var (name, value) in c.Environment ?? new Dictionary<string, string>())
            environment[name] = value.Replace("{root}", folder, StringComparison.Ordinal);
        return environment;
    }

    static async Task<Answer> RunAsync(ConfigCase c, string folder)
    {
        var work = Path.Combine(folder, "work");
        Directory.CreateDirectory(work);
        Directory.CreateDirectory(Path.Combine(folder, "home"));
        foreach (var (path, text) in c.Files)
            Write(Path.Combine(folder, path), text, Encoding.UTF8);
        foreach (var (path, text) in c.Latin1)
            Write(Path.Combine(folder, path), text, Encoding.Latin1);
        File.SetUnixFileMode(work, c.WorldWritable ? (UnixFileMode)0b111_111_111 : (UnixFileMode)0b111_101_101);

        var environment = Environment(c, folder);
        var (exitCode, output, errors) = await RunAsync(work, environment, "ansible-config", ["dump", "--only-changed", "-t", "all", "--format", "json"]);
        return new Answer(folder, environment, exitCode, output, errors)
        {
            InventoryList = c.ListsInventory ? (await RunAsync(work, environment, "ansible-inventory", ["--list"])).StdOut : null,
        };
    }

    static async Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(string folder, Dictionary<string, string> environment, string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Clear();
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        start.Environment["ANSIBLE_NOCOLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }

    static void Write(string path, string text, Encoding encoding)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, encoding.GetBytes(text));
    }

    /// <summary>The settings PiCluster reads, as `origin = value` (value as JSON), from Ansible's dump: the base settings, and the
    /// ssh and sudo plugins' view where they read more places than the base setting does.</summary>
    public static Dictionary<string, string> Settings(string dump)
    {
        var settings = new Dictionary<string, string>();
        foreach (var entry in JsonNode.Parse(dump)!.AsArray())
        {
            if (entry!["name"] is { } name)
            {
                Add(settings, name.GetValue<string>(), entry);
                continue;
            }
            foreach (var (kind, plugin) in new[] { ("CONNECTION_PLUGINS", "ssh"), ("BECOME_PLUGINS", "sudo") })
            {
                var options = entry[kind]?.AsArray().Select(p => p![plugin]).OfType<JsonArray>().FirstOrDefault() ?? [];
                foreach (var option in options)
                    Add(settings, $"{plugin}.{option!["name"]!.GetValue<string>()}", option);
            }
        }
        return settings;
    }

    static void Add(Dictionary<string, string> settings, string name, JsonNode entry) =>
        settings[name] = $"{entry["origin"]?.GetValue<string>()} = {entry["value"]?.ToJsonString() ?? "null"}";
}
