// Package redistest starts throwaway redis-server processes for tests, so
// Redis code is tested against the real server on loopback, not a fake.
package redistest

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// Start starts a redis-server on a free 127.0.0.1 port with persistence
// off and its working directory in a temporary directory, waits until it
// answers PING, and stops it when the test ends. It returns the server's
// address, host:port. extra arguments go to redis-server, e.g.
// "--requirepass", "pw".
//
// Without redis-server on PATH the test is skipped, except when the
// environment has CI=true: then it fails, since CI must have it (.ci/run
// installs the Debian package).
func Start(t testing.TB, extra ...string) string {
	t.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("redis-server not found but CI=true: .ci/run must install it (apt-get install -y redis-server): %v", err)
		}
		t.Skip("redis-server not installed; install it (apt-get install redis-server) to run the Redis tests")
	}
	var lastErr error
	for range 3 { // the free port can be taken between probing and binding
		addr, err := startOnce(t, bin, extra)
		if err == nil {
			return addr
		}
		lastErr = err
	}
	t.Fatalf("starting redis-server: %v", lastErr)
	return ""
}

func startOnce(t testing.TB, bin string, extra []string) (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()

	args := append([]string{
		"--port", strconv.Itoa(port), "--bind", "127.0.0.1",
		"--save", "", "--appendonly", "no", "--dir", t.TempDir(),
	}, extra...)
	cmd := exec.Command(bin, args...)
	var out lockedBuilder
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		return "", err
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	stop := func() {
		cmd.Process.Kill()
		<-exited
	}

	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	deadline := time.Now().Add(10 * time.Second)
	for {
		select {
		case <-exited:
			return "", fmt.Errorf("redis-server exited early: %s", out.String())
		default:
		}
		// Another test's redis-server can take the probed port first; then
		// ours exits, but a PING would be answered by theirs. Only our own
		// "Ready to accept connections" line says the port is ours.
		err := errors.New("not ready")
		if strings.Contains(out.String(), "Ready to accept connections") {
			err = ping(addr)
		}
		if err == nil {
			t.Cleanup(stop)
			return addr, nil
		}
		if time.Now().After(deadline) {
			stop()
			return "", fmt.Errorf("redis-server on %s did not answer PING: %v", addr, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// ping sends an inline PING; any reply (PONG, or NOAUTH under
// --requirepass) means the server is ready.
func ping(addr string) error {
	c, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return err
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(time.Second))
	if _, err := c.Write([]byte("PING\r\n")); err != nil {
		return err
	}
	buf := make([]byte, 64)
	n, err := c.Read(buf)
	if err != nil {
		return err
	}
	if n == 0 {
		return errors.New("empty reply")
	}
	return nil
}

// lockedBuilder collects the server's output; exec writes it from another
// goroutine.
type lockedBuilder struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuilder) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuilder) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
