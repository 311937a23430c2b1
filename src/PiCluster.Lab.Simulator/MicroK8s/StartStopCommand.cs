namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`microk8s start` / `microk8s stop`.</summary>
public static class StartStopCommand
{
    public static int Run(MicroK8sContext context, string verb, Output output)
    {
        if (verb == "start")
        {
            MicroK8sServices.Start(context.Invocation);
            return output.Say("Started.", 0);
        }

        MicroK8sServices.Stop(context.Invocation);
        return output.Say("Stopped.", 0);
    }
}
