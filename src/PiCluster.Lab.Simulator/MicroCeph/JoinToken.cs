using System.Text;
using System.Text.Json;

namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>The token `cluster add` prints: base64 of {"secret":…,"fingerprint":…,"join_addresses":[…]}.</summary>
public sealed record JoinToken(string Secret, string Fingerprint, IReadOnlyList<string> JoinAddresses)
{
    public string Encode()
    {
        return Convert.ToBase64String(JsonText.Bytes(json =>
        {
            json.WriteStartObject();
            json.WriteString("secret", Secret);
            json.WriteString("fingerprint", Fingerprint);
            json.WriteStartArray("join_addresses");
            foreach (var address in JoinAddresses)
                json.WriteStringValue(address);

            json.WriteEndArray();
            json.WriteEndObject();
        }));
    }

    /// <summary>Null with Go's reason when the text is no token: bad base64, or not the JSON object.</summary>
    public static JoinToken? Decode(string text, out string error)
    {
        error = "";
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            var at = text.TakeWhile(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/').Count();
            error = $"illegal base64 data at input byte {Math.Min(at, text.Length)}";
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            return new JoinToken(
                root.GetProperty("secret").GetString() ?? "",
                root.GetProperty("fingerprint").GetString() ?? "",
                [.. root.GetProperty("join_addresses").EnumerateArray().Select(a => a.GetString() ?? "")]);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            var first = Encoding.UTF8.GetString(bytes).TrimStart().FirstOrDefault();
            error = first == '{' ? "unexpected end of JSON input" : $"invalid character '{first}' looking for beginning of value";
            return null;
        }
    }
}
