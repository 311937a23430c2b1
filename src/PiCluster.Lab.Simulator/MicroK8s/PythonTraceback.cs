namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>The uncaught exception join.py dies with when the TCP connect to the agent fails (issues #946, #3242).</summary>
public static class PythonTraceback
{
    public const string Refused = "ConnectionRefusedError: [Errno 111] Connection refused";

    public const string TimedOut = "TimeoutError: [Errno 110] Connection timed out";

    public static string Connect(int revision, string error)
    {
        var snap = $"/snap/microk8s/{revision}";
        return $"""
            Traceback (most recent call last):
              File "{snap}/scripts/wrappers/join.py", line 1179, in <module>
                join(prog_name="microk8s join")
              File "{snap}/usr/lib/python3/dist-packages/click/core.py", line 1128, in __call__
                return self.main(*args, **kwargs)
              File "{snap}/usr/lib/python3/dist-packages/click/core.py", line 1053, in main
                rv = self.invoke(ctx)
              File "{snap}/usr/lib/python3/dist-packages/click/core.py", line 1395, in invoke
                return ctx.invoke(self.callback, **ctx.params)
              File "{snap}/usr/lib/python3/dist-packages/click/core.py", line 754, in invoke
                return __callback(*args, **kwargs)
              File "{snap}/scripts/wrappers/join.py", line 1170, in join
                join_dqlite(connection_parts, verify, worker)
              File "{snap}/scripts/wrappers/join.py", line 1004, in join_dqlite
                info = get_connection_info(
              File "{snap}/scripts/wrappers/join.py", line 143, in get_connection_info
                conn.connect()
              File "{snap}/usr/lib/python3.8/http/client.py", line 1414, in connect
                super().connect()
              File "{snap}/usr/lib/python3.8/http/client.py", line 921, in connect
                self.sock = self._create_connection(
              File "{snap}/usr/lib/python3.8/socket.py", line 808, in create_connection
                raise err
              File "{snap}/usr/lib/python3.8/socket.py", line 796, in create_connection
                sock.connect(sa)
            {error}
            """;
    }
}
