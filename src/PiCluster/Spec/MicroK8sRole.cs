namespace PiCluster.Spec;

/// <summary>What a node is in MicroK8s: a control plane runs the API server and a datastore member; a worker runs pods only.</summary>
public enum MicroK8sRole
{
    ControlPlane,
    Worker,
}
