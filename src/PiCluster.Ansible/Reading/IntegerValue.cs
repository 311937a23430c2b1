using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;

namespace PiCluster.Ansible.Reading;

/// <summary>An integer value; Python integers have no size limit, so values past 64 bits keep every digit.</summary>
static class IntegerValue
{
    public static JsonNode Of(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue
            ? JsonValue.Create((long)value)
            : JsonNode.Parse(value.ToString(CultureInfo.InvariantCulture))!;
}
