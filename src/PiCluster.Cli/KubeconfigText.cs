using PiCluster.Access;

namespace PiCluster.Cli;

/// <summary>What `kubeconfig` says it did, and how to use the result.</summary>
public static class KubeconfigText
{
    public static void Write(KubeconfigWrite written, AdminConfig admin, bool current)
    {
        var name = admin.ClusterName;
        Console.WriteLine(written.Changed
            ? $"{written.Path}: cluster, user and context \"{name}\" written (from {admin.From}, server {admin.Server})."
            : $"{written.Path}: already holds \"{name}\" as {admin.From} gives it (server {admin.Server}); nothing changed.");
        if (written.Backup is not null) Console.WriteLine($"The previous file is kept as {written.Backup}.");
        var kubeconfigFlag = written.Path == KubeconfigFile.DefaultPath() ? "" : $"--kubeconfig {written.Path} ";
        Console.WriteLine(current
            ? $"Try: kubectl {kubeconfigFlag}get nodes"
            : $"Try: kubectl {kubeconfigFlag}--context {name} get nodes   (or make it current: kubectl {kubeconfigFlag}config use-context {name})");
    }
}
