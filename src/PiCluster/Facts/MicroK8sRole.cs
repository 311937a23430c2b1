namespace PiCluster.Facts;

public enum MicroK8sRole
{
    ControlPlane,
    Worker,
}
