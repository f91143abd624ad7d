package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"storybot/internal/fakeslack"
)

// TestBinarySIGTERM builds the program and runs it as an operator would,
// against the loopback Slack: it answers a mention, and SIGTERM makes it
// exit 0; a rejected token makes it exit 1 without printing the token.
func TestBinarySIGTERM(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "bot")
	build := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	fs := fakeslack.New(fakeslack.Options{})
	defer fs.Close()
	environ := func(botToken string) []string {
		return []string{
			"SLACK_BOT_TOKEN=" + botToken, "SLACK_APP_TOKEN=" + fs.AppToken(),
			"SLACK_API_URL=" + strings.TrimSuffix(fs.URL(), "/"), // the program adds the slash
			"DOTENV=" + filepath.Join(t.TempDir(), "absent.env"), "HOME=" + t.TempDir(),
		}
	}

	var out syncBuffer
	cmd := exec.Command(bin)
	cmd.Env, cmd.Stdout, cmd.Stderr = environ(fs.BotToken()), &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	if err := fs.WaitConnections(waitCtx(t), 1); err != nil {
		t.Fatalf("binary never connected: %v\n%s", err, out.String())
	}
	env, _ := fs.AppMention(fakeslack.Event{Text: "<@" + fs.BotUserID() + "> Who is Flores?"})
	if err := fs.Send(waitCtx(t), env); err != nil {
		t.Fatal(err)
	}
	if _, err := fs.WaitMessages(waitCtx(t), 1); err != nil {
		t.Fatalf("no answer: %v\n%s", err, out.String())
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("after SIGTERM: %v, want exit 0\n%s", err, out.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("binary did not exit after SIGTERM")
	}

	bad := exec.Command(bin)
	bad.Env = environ("xoxb-rejected-secret-value")
	b, err := bad.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 1 {
		t.Errorf("with a rejected token: %v, want exit status 1", err)
	}
	if strings.Contains(string(b), "rejected-secret") || !strings.Contains(string(b), "SLACK_BOT_TOKEN") {
		t.Errorf("output should name SLACK_BOT_TOKEN and not show it:\n%s", b)
	}
	if strings.Contains(out.String(), fs.BotToken()) || strings.Contains(out.String(), fs.AppToken()) {
		t.Errorf("a token appeared in the output")
	}
	_ = os.Remove(bin)
}
