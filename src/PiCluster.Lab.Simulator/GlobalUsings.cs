global using PiCluster.Lab.Simulator.Certs;
global using PiCluster.Lab.Simulator.Cluster;
global using PiCluster.Lab.Simulator.Faults;
global using PiCluster.Lab.Simulator.Hosting;
global using PiCluster.Lab.Simulator.Text;
