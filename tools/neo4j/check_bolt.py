"""Check that the local Neo4j answers on Bolt. Used by up.sh while it waits for the server.

Exit 0 when a query ran (or, without the `neo4j` driver installed, when the Bolt handshake
was answered with a version); 1 when not yet; 2 when the server refused the credentials.
Prints one word to stdout saying which check was done.
"""

import os
import socket
import struct
import sys

HOST = "127.0.0.1"


def handshake(port: int) -> bool:
    # Bolt magic, then four proposals: 5.0-5.8 (range form), 4.4, nothing, nothing.
    proposal = b"\x60\x60\xb0\x17" + bytes([0, 8, 8, 5, 0, 0, 4, 4]) + bytes(8)
    try:
        with socket.create_connection((HOST, port), timeout=5) as sock:
            sock.sendall(proposal)
            reply = b""
            while len(reply) < 4:
                chunk = sock.recv(4 - len(reply))
                if not chunk:
                    return False
                reply += chunk
    except OSError:
        return False
    (agreed,) = struct.unpack(">I", reply)
    return agreed != 0


def query(port: int, password: str) -> int:
    import neo4j
    from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable, SessionExpired

    try:
        with neo4j.GraphDatabase.driver(
            f"bolt://{HOST}:{port}", auth=("neo4j", password), connection_timeout=5
        ) as driver:
            records, _, _ = driver.execute_query("RETURN 1 AS ok", database_="neo4j")
            return 0 if records and records[0]["ok"] == 1 else 1
    except AuthError:
        return 2
    except (ServiceUnavailable, SessionExpired, Neo4jError, OSError):
        return 1


def main() -> int:
    port = int(os.environ.get("CONFLICTKG_NEO4J_PORT", "7687"))
    password = os.environ.get("CONFLICTKG_NEO4J_PASSWORD", "conflictkg")
    try:
        import neo4j  # noqa: F401
    except ImportError:
        print("handshake")
        return 0 if handshake(port) else 1
    print("query")
    return query(port, password)


if __name__ == "__main__":
    sys.exit(main())
