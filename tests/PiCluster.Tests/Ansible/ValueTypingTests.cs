using PiCluster.Ansible;

namespace PiCluster.Tests.Ansible;

/// <summary>Values are typed as Ansible types them: YAML 1.1 as PyYAML reads it, INI values as Python literals.</summary>
public sealed class ValueTypingTests
{
    static readonly InventoryHost Yaml = InventoryLoader.Load(TestData.Inventory("yaml-values.yaml")).Host("pi1");
    static readonly Inventory Ini = InventoryLoader.Load(TestData.Inventory("ini-values.ini"));

    [Theory]
    [InlineData("bool_yes", "true")]
    [InlineData("bool_Yes", "true")]
    [InlineData("bool_on", "true")]
    [InlineData("bool_OFF", "false")]
    [InlineData("str_y", "\"y\"")]
    [InlineData("str_tRue", "\"tRue\"")]
    [InlineData("int_plus", "5")]
    [InlineData("int_underscore", "1000")]
    [InlineData("int_hex", "31")]
    [InlineData("int_octal", "15")]
    [InlineData("str_octal_yaml12", "\"0o17\"")]
    [InlineData("int_binary", "5")]
    [InlineData("int_sexagesimal", "80")]
    [InlineData("str_leading_zero", "\"09\"")]
    [InlineData("int_huge", "123456789012345678901234567890")]
    [InlineData("float_exponent", "1000.0")]
    [InlineData("str_exponent_unsigned", "\"1.0e3\"")]
    [InlineData("str_exponent_no_dot", "\"1e3\"")]
    [InlineData("float_small", "1e-07")]
    [InlineData("float_big", "1.2345678901234568e+16")]
    [InlineData("float_dot_first", "0.5")]
    [InlineData("float_dot_last", "5.0")]
    [InlineData("float_inf", "Infinity")]
    [InlineData("float_minus_inf", "-Infinity")]
    [InlineData("float_nan", "NaN")]
    [InlineData("float_sexagesimal", "80.5")]
    [InlineData("float_negative_zero", "-0.0")]
    [InlineData("null_tilde", "null")]
    [InlineData("null_empty", "null")]
    [InlineData("quoted_number", "\"22\"")]
    [InlineData("quoted_bool", "\"yes\"")]
    [InlineData("date", "\"2001-12-14\"")]
    [InlineData("timestamp", "\"2001-12-14T21:59:43.100000-05:00\"")]
    [InlineData("timestamp_utc", "\"2001-12-14T21:59:43+00:00\"")]
    [InlineData("literal", "\"line one\\nline two\\n\"")]
    [InlineData("folded", "\"one two\\n\"")]
    [InlineData("list", "[1,\"two\",\"three\",true,null]")]
    [InlineData("mapping", "{\"a\": 1,\"b\": [\"x\",\"y\"]}")]
    [InlineData("explicit_str", "\"12\"")]
    [InlineData("explicit_int", "12")]
    [InlineData("explicit_float", "3.0")]
    public void Yaml_values_are_typed_as_pyyaml_types_them(string name, string json)
    {
        Assert.Equal(json, Yaml.Json(name));
    }

    [Theory]
    [InlineData("a_yes", "\"yes\"")]
    [InlineData("a_true", "true")]
    [InlineData("a_lower_true", "\"true\"")]
    [InlineData("n_int", "22")]
    [InlineData("n_quoted", "22")]
    [InlineData("s_spaces", "\"x y\"")]
    [InlineData("n_hex", "31")]
    [InlineData("s_leading_zero", "\"017\"")]
    [InlineData("n_octal", "15")]
    [InlineData("n_exp", "1000.0")]
    [InlineData("n_none", "null")]
    [InlineData("l_list", "[1,\"a\"]")]
    [InlineData("l_unquoted", "\"[1,a]\"")]
    [InlineData("d_dict", "{\"a\": 1}")]
    [InlineData("n_underscore", "1000")]
    [InlineData("s_escaped", "\"a b\"")]
    [InlineData("s_nested", "\"quoted\"")]
    [InlineData("s_empty", "\"\"")]
    [InlineData("t_tuple", "[1,2]")]
    [InlineData("s_comment", "\"x\"")]
    public void Inline_host_values_lose_their_quotes_then_read_as_python_literals(string name, string json)
    {
        Assert.Equal(json, Ini.Host("pi1").Json(name));
    }

    [Fact]
    public void A_hash_inside_a_host_line_ends_it()
    {
        Assert.DoesNotContain("dropped", Ini.Host("pi1").Vars.Keys);
    }

    [Theory]
    [InlineData("v_yes", "\"yes\"")]
    [InlineData("v_true", "true")]
    [InlineData("v_int", "22")]
    [InlineData("v_quoted", "\"22\"")]
    [InlineData("v_single", "\"x y\"")]
    [InlineData("v_spaced", "\"spaced value\"")]
    [InlineData("v_list", "[1,2]")]
    [InlineData("v_none", "null")]
    [InlineData("v_equals", "\"a=b\"")]
    [InlineData("v_unclosed", "\"\\\"unterminated\"")]
    [InlineData("v_empty", "\"\"")]
    [InlineData("v_hash", "\"#not a comment\"")]
    [InlineData("v_trailing", "\"x # stays\"")]
    [InlineData("v_int_comment", "22")]
    [InlineData("v_semicolon", "\"x ; stays\"")]
    [InlineData("v_concat", "\"ab\"")]
    [InlineData("v_unicode", "\"café\"")]
    [InlineData("v_raw", "\"\\\\d+\"")]
    [InlineData("v_tuple", "[1,2]")]
    [InlineData("v_float", "0.0005")]
    [InlineData("v_bigint", "123456789012345678901234567890")]
    public void Group_vars_values_keep_their_quotes_and_read_as_python_literals(string name, string json)
    {
        Assert.Equal(json, Ini.Host("pi3").Json(name));
    }
}
