using System.CommandLine;
using System.Runtime.Versioning;
using PiCluster.Lab;

namespace PiCluster.Cli;

[SupportedOSPlatform("linux")]
public static class LabUpCommand
{
    public static Command Create()
    {
        var dir = LabOptions.Dir();
        var nodes = new Option<int>("--nodes", "-n") { Description = "how many Pis the lab should have (only adds; never removes)", DefaultValueFactory = _ => 3 };
        var port = new Option<int>("--port") { Description = "the sshd port of every Pi (set when the lab is created)", DefaultValueFactory = _ => 22 };
        var fourGb = new Option<string[]>("--4gb") { Description = "make this node a 4 GB Pi (repeatable), e.g. --4gb pi-04", AllowMultipleArgumentsPerToken = true };
        var memoryOn = new Option<string[]>("--memory-cgroup-on") { Description = "this node's kernel has the memory cgroup on without cmdline flags (repeatable)" };
        var password = new Option<string?>("--password") { Description = "give `ubuntu` this password and allow password logins (as Raspberry Pi Imager does)" };
        var noKey = new Option<bool>("--no-key") { Description = "do not install the lab's client key (for trying copy-id)" };
        var sudoPassword = new Option<bool>("--sudo-needs-password") { Description = "sudo asks for ubuntu's password (needs --password)" };
        var disks = new Option<string[]>("--disk") { Description = "plug a disk into a Pi (repeatable): NODE:BY-ID-NAME[,ALIAS…|,none]:SIZE[:partitioned|data|mounted|boot], e.g. pi-01:usb-Samsung_SSD_870_250GB:250G (a usb- disk also gets a wwn-0x5… link, an nvme- one a nvme-eui.… link, unless ALIASes are given)" };
        var microCeph = new Option<int?>("--microceph-revision") { Description = $"the microceph build the lab's store serves on squid/* and latest/*: {string.Join(", ", MicroCephBuild.Squid.Select(b => $"{b.Revision} ({b.Version}{(b.ClusterListFormat ? ", has cluster list -f json" : "")})"))}; default {MicroCephBuild.DefaultSquidRevision}, as most Pis hold; kept by the lab until given again" };
        var delays = LabDelaysCommand.DelayOptions();
        var command = new Command("up", "Start a lab of simulated Pis, or add Pis to a running one, and write its inventory.")
        {
            dir, nodes, port, fourGb, memoryOn, password, noKey, sudoPassword, disks, microCeph,
        };
        foreach (var option in delays.All) command.Options.Add(option);
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(sudoPassword) && parse.GetValue(password) is null)
                throw new LabException("--sudo-needs-password needs --password: sudo asks for ubuntu's own password");
            var paths = LabOptions.Paths(parse, dir);
            var existing = File.Exists(paths.Settings) ? LabJson.ReadSettings(paths).Delays : new LabDelays();
            var options = new LabUpOptions
            {
                Nodes = parse.GetValue(nodes),
                Port = parse.GetValue(port),
                FourGbNodes = (parse.GetValue(fourGb) ?? []).ToHashSet(),
                MemoryCgroupOnNodes = (parse.GetValue(memoryOn) ?? []).ToHashSet(),
                Password = parse.GetValue(password),
                ClientKeyInstalled = !parse.GetValue(noKey),
                SudoNeedsPassword = parse.GetValue(sudoPassword),
                Delays = delays.Read(parse, existing),
                Disks = [.. (parse.GetValue(disks) ?? []).Select(LabDisk.Parse)],
                MicroCephRevision = parse.GetValue(microCeph),
            };
            var started = DateTime.UtcNow;
            var lab = await new SimulatedLab(paths, LabOptions.CliPath).UpAsync(options, ct);
            LabStatusCommand.Render(new SimulatedLab(paths, LabOptions.CliPath).Status());
            Console.WriteLine($"{lab.Nodes.Count} Pis up in {(DateTime.UtcNow - started).TotalSeconds:0.0} s.");
            Console.WriteLine($"Inventory:   {paths.Inventory}");
            Console.WriteLine($"Plain ssh:   ssh -F {paths.SshConfig} {lab.Nodes[0].Name}");
            return 0;
        });
        return command;
    }
}
