namespace PiCluster.Ansible.Config;

/// <summary>A setting's value and where it was set: an environment variable (<see cref="Where"/> null) or a key of an ansible.cfg.</summary>
public sealed record ConfigValue<T>(T Value, string Name, string Text, SourceSpot? Where)
{
    /// <summary>As the user wrote it, to name in messages: `ANSIBLE_FORKS=12`, or `forks = 12 in /home/me/ansible.cfg:4`.</summary>
    public string Source => Where is null ? $"{Name}={Text}" : $"{Name} = {Text} in {Where.File}:{Where.Line}";
}
