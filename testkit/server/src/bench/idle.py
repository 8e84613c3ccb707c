"""Opens N keep-alive connections to HOST:PORT, sends one request on each, and keeps them idle until killed."""
import socket
import sys
import time

host, port, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
request = (b"GET /health HTTP/1.1\r\nHost: " + host.encode() + b"\r\n\r\n")
held = []
for _ in range(count):
    s = socket.create_connection((host, port))
    s.sendall(request)
    s.recv(4096)
    held.append(s)
while True:
    for s in held:
        pass
    time.sleep(10)
    for s in held:  # stay under the endpoint's 30 s idle timeout
        s.sendall(request)
        s.recv(4096)
