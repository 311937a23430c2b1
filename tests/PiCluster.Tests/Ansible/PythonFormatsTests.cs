using PiCluster.Ansible;
using PiCluster.Ansible.Ini;
using PiCluster.Ansible.Output;
using PiCluster.Ansible.Reading;

namespace PiCluster.Tests.Ansible;

/// <summary>The Python behaviours Ansible's output and INI reading rest on: float repr, literal_eval, shlex.</summary>
public sealed class PythonFormatsTests
{
    [Theory]
    [InlineData(1000.0, "1000.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e-7, "1e-07")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(123456.789, "123456.789")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NaN, "NaN")]
    public void Floats_print_as_python_repr(double value, string text)
    {
        Assert.Equal(text, PythonFloat.Repr(value));
    }

    [Theory]
    [InlineData("22", "22")]
    [InlineData("-0x10", "-16")]
    [InlineData("0b101", "5")]
    [InlineData("1_000", "1000")]
    [InlineData("00", "0")]
    [InlineData("1.", "1.0")]
    [InlineData(".5e-3", "0.0005")]
    [InlineData("True", "true")]
    [InlineData("None", "null")]
    [InlineData("'it\\'s'", "\"it's\"")]
    [InlineData("\"tab\\there\"", "\"tab\\there\"")]
    [InlineData("'\\d'", "\"\\\\d\"")]
    [InlineData("'''triple'''", "\"triple\"")]
    [InlineData("['a', (1, 2), {'k': None}]", "[\"a\",[1,2],{\"k\": null}]")]
    [InlineData("1, 2,", "[1,2]")]
    [InlineData("None, 1", "[null,1]")]
    [InlineData("()", "[]")]
    [InlineData("(5)", "5")]
    [InlineData("22 # a comment", "22")]
    public void Python_literals_are_read(string text, string json)
    {
        Assert.True(PythonLiteral.TryParse(text, out var value));
        Assert.Equal(json, Values.Json(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yes")]
    [InlineData("true")]
    [InlineData("007")]
    [InlineData("22abc")]
    [InlineData("1+2j")]
    [InlineData("{1, 2}")]
    [InlineData("[1,a]")]
    [InlineData("f'x'")]
    [InlineData("--5")]
    [InlineData("'unclosed")]
    public void Anything_else_is_not_a_literal(string text)
    {
        Assert.False(PythonLiteral.TryParse(text, out _));
    }

    [Fact]
    public void Shell_words_drop_quotes_keep_escaped_characters_and_stop_at_a_comment()
    {
        var (words, error) = ShellWords.Split("pi1 a='x y' b=\"say \\\"hi\\\"\" c=\\ d e=f#comment g=h", comments: true);

        Assert.Null(error);
        Assert.Equal(["pi1", "a=x y", "b=say \"hi\"", "c= d", "e=f"], words.Select(w => w.Text));
        Assert.Equal(15, words[2].ColumnOf(2));
    }

    [Fact]
    public void Shell_words_report_an_unclosed_quote_where_it_opens()
    {
        var (_, error) = ShellWords.Split("pi1 a='x", comments: true);

        Assert.Equal((6, "opens a single quote that is never closed"), error);
    }

    [Theory]
    [InlineData("pi1:2222", "pi1", "2222")]
    [InlineData("[::1]:2222", "::1", "2222")]
    [InlineData("[10.0.0.1]:22", "10.0.0.1", "22")]
    [InlineData("pi[01:04]:22", "pi[01:04]", "22")]
    [InlineData("fe80::1", "fe80::1", null)]
    [InlineData("pi[01:04]", "pi[01:04]", null)]
    public void Host_entries_split_off_a_port(string written, string host, string? port)
    {
        var (name, portText, _) = HostAddress.SplitPort(written);

        Assert.Equal((host, port), (name, portText));
    }
}
