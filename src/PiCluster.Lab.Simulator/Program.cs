using PiCluster.Lab.Simulator;

return Simulator.Run(args, new Output(Console.Out, Console.Error));
