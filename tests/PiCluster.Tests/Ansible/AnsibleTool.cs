using System.Diagnostics;

namespace PiCluster.Tests.Ansible;

/// <summary>Runs the real Ansible tools in an empty folder with no user configuration, so only the inventory decides.</summary>
sealed class AnsibleTool : IDisposable
{
    static readonly SemaphoreSlim Slots = new(Environment.ProcessorCount * 2);
    readonly string workDir;
    readonly string config;

    public AnsibleTool()
    {
        InventoryPath = FindOnPath("ansible-inventory")
            ?? throw new InvalidOperationException("ansible-inventory is not installed; run scripts/setup, which installs Ansible");
        // The interpreter Ansible runs on, named by the tool's #! line, can import Ansible's own modules.
        Python = File.ReadLines(InventoryPath).First().TrimStart('#', '!', ' ').Split(' ')[0];
        workDir = Directory.CreateTempSubdirectory("picluster-ansible-").FullName;
        config = Path.Combine(workDir, "ansible.cfg");
        File.WriteAllText(config, "");
    }

    public string InventoryPath { get; }

    public void Dispose() => Directory.Delete(workDir, recursive: true);

    public string Python { get; }

    public Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(string program, IEnumerable<string> arguments, string? stdin = null) =>
        RunInSlotAsync(program, arguments, stdin);

    async Task<(int, string, string)> RunInSlotAsync(string program, IEnumerable<string> arguments, string? stdin)
    {
        await Slots.WaitAsync();
        try
        {
            var start = new ProcessStartInfo(program)
            {
                WorkingDirectory = workDir,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = stdin is not null,
            };
            foreach (var argument in arguments)
                start.ArgumentList.Add(argument);
            start.Environment["ANSIBLE_CONFIG"] = config;
            start.Environment["ANSIBLE_NOCOLOR"] = "1";
            using var process = Process.Start(start)!;
            if (stdin is not null)
            {
                await process.StandardInput.WriteAsync(stdin);
                process.StandardInput.Close();
            }
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await output, await errors);
        }
        finally
        {
            Slots.Release();
        }
    }

    static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
}
