namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`microk8s enable|disable ADDON[:ARGS] [ADDON2...]` or `ADDON --flag value` (utils.py xable).</summary>
public static class AddonCommand
{
    public static int Run(MicroK8sContext context, string verb, IReadOnlyList<string> args, Output output)
    {
        if (args.Count == 0)
        {
            output.Error($"Usage: microk8s {verb} [OPTIONS] ADDONS...\nTry 'microk8s {verb} -h' for help.\n");
            return output.Fail("Error: Missing argument 'ADDONS...'.", 2);
        }

        if (!context.View().ApiUp)
            return output.Fail("microk8s is not running, try microk8s start");

        // Several known addons: the legacy chained form. Otherwise the first word is the addon, the rest its arguments.
        if (args.Count > 1 && args.All(a => AddonCatalogue.Find(Bare(a.Split(':')[0])) is not null))
        {
            output.Line("WARNING: Do not enable or disable multiple addons in one command.");
            var code = 0;
            foreach (var arg in args)
            {
                code = One(context, verb, arg, [], output);
                if (code != 0)
                    return code;
            }

            return code;
        }

        if (args[0].Contains(':') && args.Count > 1)
            return output.Say("Can't pass string arguments and flag arguments simultaneously!", 1);

        return One(context, verb, args[0], args.Skip(1).ToList(), output);
    }

    static int One(MicroK8sContext context, string verb, string word, IReadOnlyList<string> args, Output output)
    {
        var name = word.Split(':')[0];
        var inline = word.Contains(':') ? word[(word.IndexOf(':') + 1)..] : null;
        if (!name.Contains('/'))
        {
            output.Error($"Infer repository core for addon {name}");
        }

        if (!name.StartsWith("core/", StringComparison.Ordinal) && name.Contains('/') || AddonCatalogue.Find(Bare(name)) is not { } addon)
        {
            return output.Fail($"Addon {Bare(name)} was not found in any repository");
        }

        var enabled = AddonCatalogue.IsEnabled(addon, context.View().Cluster!);
        if (enabled == (verb == "enable"))
        {
            return output.Say($"Addon {addon.FullName} is already {verb}d", 0);
        }

        var addonArgs = inline is null ? args : [inline];
        return verb == "enable" ? AddonScripts.Enable(context, addon, addonArgs, output) : AddonScripts.Disable(context, addon, output);
    }

    static string Bare(string name) => name.StartsWith("core/", StringComparison.Ordinal) ? name[5..] : name;
}
