using System.CommandLine;
using System.Net;
using System.Runtime.Versioning;
using PiCluster.Lab;

namespace PiCluster.Cli;

/// <summary>The relay process behind `lab delay-node`; started by the lab, not by people.</summary>
[SupportedOSPlatform("linux")]
public static class LabDelayProxyCommand
{
    public static Command Create()
    {
        var listen = new Argument<string>("listen");
        var target = new Argument<string>("target");
        var ms = new Argument<int>("ms");
        var pidFile = new Option<string>("--pid-file") { Required = true };
        var command = new Command("delay-proxy", "relay with added delay") { listen, target, ms, pidFile };
        command.Hidden = true;
        command.SetAction(async parse =>
        {
            var run = DelayProxy.RunAsync(IPEndPoint.Parse(parse.GetValue(listen)!), IPEndPoint.Parse(parse.GetValue(target)!),
                TimeSpan.FromMilliseconds(parse.GetValue(ms)), lifetime: TimeSpan.FromHours(2));
            await File.WriteAllTextAsync(parse.GetValue(pidFile)!, Environment.ProcessId.ToString());
            await run;
            return 0;
        });
        return command;
    }
}
