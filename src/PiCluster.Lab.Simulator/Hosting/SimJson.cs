using System.Text.Json.Serialization;
using PiCluster.Lab.Simulator.MicroCeph;
using PiCluster.Lab.Simulator.Snaps;

namespace PiCluster.Lab.Simulator.Hosting;

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ClusterState))]
[JsonSerializable(typeof(SnapdState))]
[JsonSerializable(typeof(FaultList))]
[JsonSerializable(typeof(MicroCephState))]
[JsonSerializable(typeof(List<BlockDevice>))]
sealed partial class SimJson : JsonSerializerContext;

/// <summary>One object per line for the call log.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CallRecord))]
sealed partial class SimJsonLine : JsonSerializerContext;
