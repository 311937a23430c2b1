namespace PiCluster.Ansible.Config;

/// <summary>One key's value in an ansible.cfg, as written (comments and surrounding spaces removed), and where.</summary>
sealed record ConfigEntry(string Value, SourceSpot Where);
