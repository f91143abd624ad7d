package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"storybot/internal/fakeslack"
)

// TestMain removes the binary that storybotBinary built, if any.
func TestMain(m *testing.M) {
	code := m.Run()
	if build.dir != "" {
		_ = os.RemoveAll(build.dir)
	}
	os.Exit(code)
}

// build is the one build of the program shared by every test in this
// binary that runs it as an operator would: linking it takes seconds on a
// loaded 2-core machine, and each test needs the same program.
var build struct {
	once sync.Once
	dir  string
	bin  string
	err  error
	out  []byte
}

// storybotBinary returns the path of the program built from this package,
// building it on first use. It skips the test under -short.
func storybotBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	build.once.Do(func() {
		build.dir, build.err = os.MkdirTemp("", "storybot-test-")
		if build.err != nil {
			return
		}
		build.bin = filepath.Join(build.dir, "bot")
		build.out, build.err = exec.Command("go", "build", "-o", build.bin, ".").CombinedOutput()
	})
	if build.err != nil {
		t.Fatalf("go build: %v\n%s", build.err, build.out)
	}
	return build.bin
}

// binaryRun is the built program running as a child process.
type binaryRun struct {
	cmd    *exec.Cmd
	out    *syncBuffer // its stdout and stderr
	exited chan error  // holds cmd.Wait's result once it exits
}

// environ is the environment of a child process talking to fs: the fake's
// tokens and URL, no .env file and an empty home, then extra key, value
// pairs, which override.
func environ(t *testing.T, fs *fakeslack.Server, extra ...string) []string {
	t.Helper()
	m := envMap(t, fs, append([]string{"HOME", t.TempDir()}, extra...)...)
	var env []string
	for k, v := range m {
		env = append(env, k+"="+v)
	}
	return env
}

// startBinary runs the built program with env and waits for it to connect
// to fs. Cleanup kills it if it is still running.
func startBinary(t *testing.T, fs *fakeslack.Server, env []string) *binaryRun {
	t.Helper()
	r := &binaryRun{cmd: exec.Command(storybotBinary(t)), out: &syncBuffer{}, exited: make(chan error, 1)}
	r.cmd.Env, r.cmd.Stdout, r.cmd.Stderr = env, r.out, r.out
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { r.exited <- r.cmd.Wait() }()
	t.Cleanup(func() {
		_ = r.cmd.Process.Kill()
		<-r.exited
	})
	if err := fs.WaitConnections(waitCtx(t), 1); err != nil {
		t.Fatalf("binary never connected: %v\n%s", err, r.out.String())
	}
	return r
}

// wait returns the program's exit status, failing the test if it has not
// exited within 15 s (the shutdown bound is 10 s).
func (r *binaryRun) wait(t *testing.T) error {
	t.Helper()
	select {
	case err := <-r.exited:
		r.exited <- err // for cleanup
		return err
	case <-time.After(15 * time.Second):
		t.Fatalf("binary did not exit within 15 s\n%s", r.out.String())
		return nil
	}
}
