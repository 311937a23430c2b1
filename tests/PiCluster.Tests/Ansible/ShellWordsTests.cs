using PiCluster.Ansible;

namespace PiCluster.Tests.Ansible;

public sealed class ShellWordsTests
{
    [Fact]
    public void Splits_on_whitespace_and_honours_quotes_and_backslashes()
    {
        var words = ShellWords.Words("""-o 'ProxyCommand=ssh -W %h:%p gw'  -o "UserKnownHostsFile=\"a b\" c" a\ b ''""");

        Assert.Equal(["-o", "ProxyCommand=ssh -W %h:%p gw", "-o", "UserKnownHostsFile=\"a b\" c", "a b", ""], words);
    }

    [Fact]
    public void A_hash_is_a_comment_only_when_asked_for()
    {
        Assert.Equal(["-o", "a#b", "#c"], ShellWords.Words("-o a#b #c"));
        Assert.Equal(["pi-01", "x=1"], ShellWords.Split("pi-01 x=1 # the first", comments: true).Words.Select(w => w.Text));
    }

    [Fact]
    public void Splits_nothing_into_no_words()
    {
        Assert.Empty(ShellWords.Words(null));
        Assert.Empty(ShellWords.Words("   "));
    }

    [Theory]
    [InlineData("-o 'ProxyJump=gw", "`-o 'ProxyJump=gw` opens a single quote that is never closed")]
    [InlineData("-o \"ProxyJump=gw", "`-o \"ProxyJump=gw` opens a double quote that is never closed")]
    [InlineData("-o x\\", "`-o x\\` ends with a backslash that escapes nothing")]
    public void Rejects_unclosed_quotes(string text, string message)
    {
        Assert.Equal(message, Assert.Throws<FormatException>(() => ShellWords.Words(text)).Message);
    }
}
