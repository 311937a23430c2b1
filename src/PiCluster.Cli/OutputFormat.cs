namespace PiCluster.Cli;

public enum OutputFormat
{
    Text,
    Json,
}
