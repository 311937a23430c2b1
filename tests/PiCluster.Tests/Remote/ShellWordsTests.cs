using PiCluster.Remote;

namespace PiCluster.Tests.Remote;

public sealed class ShellWordsTests
{
    [Fact]
    public void Splits_on_whitespace_and_honours_quotes_and_backslashes()
    {
        var words = ShellWords.Split("""-o 'ProxyCommand=ssh -W %h:%p gw'  -o "UserKnownHostsFile=\"a b\" c" a\ b ''""");

        Assert.Equal(["-o", "ProxyCommand=ssh -W %h:%p gw", "-o", "UserKnownHostsFile=\"a b\" c", "a b", ""], words);
    }

    [Fact]
    public void Splits_nothing_into_no_words()
    {
        Assert.Empty(ShellWords.Split(null));
        Assert.Empty(ShellWords.Split("   "));
    }

    [Theory]
    [InlineData("-o 'ProxyJump=gw", "unclosed single quote in: -o 'ProxyJump=gw")]
    [InlineData("-o \"ProxyJump=gw", "unclosed double quote in: -o \"ProxyJump=gw")]
    public void Rejects_unclosed_quotes(string text, string message)
    {
        Assert.Equal(message, Assert.Throws<FormatException>(() => ShellWords.Split(text)).Message);
    }
}
