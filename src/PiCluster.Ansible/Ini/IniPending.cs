namespace PiCluster.Ansible.Ini;

/// <summary>A group an INI file used before declaring it: in [name:vars], or listed under [parent:children].</summary>
sealed record IniPending(SourceSpot Where, bool IsChild, List<string> Parents);
