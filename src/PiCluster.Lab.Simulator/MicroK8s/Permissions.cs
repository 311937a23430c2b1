namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>The wrappers' exit_if_no_permissions: root, or a member of the classic snap's `microk8s` group.</summary>
public static class Permissions
{
    public static bool Check(Caller caller, Output output)
    {
        if (caller.IsRoot || caller.IsInGroup("microk8s"))
            return true;

        var user = caller.UserName;
        output.Error("Insufficient permissions to access MicroK8s.");
        output.Error($"You can either try again with sudo or add the user {user} to the 'microk8s' group:");
        output.Error("");
        output.Error($"    sudo usermod -a -G microk8s {user}");
        output.Error($"    sudo chown -R {user} ~/.kube");
        output.Error("");
        output.Error("After this, reload the user groups either via a reboot or by running 'newgrp microk8s'.");
        return false;
    }

    /// <summary>common/utils.py exit_if_no_root: on stdout, exit 50.</summary>
    public static int RequireRoot(Caller caller, Output output) =>
        caller.IsRoot ? 0 : output.Say("Elevated permissions is needed for this operation. Please run this command with sudo.", 50);
}
