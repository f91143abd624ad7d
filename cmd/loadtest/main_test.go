package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain lets the test binary act as the minimal bot when the harness
// re-executes it with -minimal-bot, as the real binary does.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == minimalFlag {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		err := runMinimal(ctx, os.Getenv)
		stop()
		if err != nil {
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestSmoke builds storybot and runs the harness with a small burst, so the
// tool cannot rot: both bots answer every mention once and the report has
// every figure. Timing is printed, never asserted.
func TestSmoke(t *testing.T) {
	if testing.Short() || os.Getenv("STORYBOT_LOAD") == "" {
		t.Skip("a load run: set STORYBOT_LOAD=1 to run it (.ci/run runs the tool itself)")
	}
	bin := filepath.Join(t.TempDir(), "storybot")
	build := exec.Command("go", "build", "-o", bin, "../bot")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var out bytes.Buffer
	if err := run(ctx, []string{"-bot", bin, "-n", "20", "-channels", "3", "-timeout", "30s", "-runs", "1"}, &out); err != nil {
		t.Fatalf("run: %v\n%s", err, out.String())
	}
	report := out.String()
	t.Logf("\n%s", report)
	for _, name := range []string{"storybot", "minimal"} {
		var line string
		for _, l := range strings.Split(report, "\n") {
			if strings.HasPrefix(l, name+" ") {
				line = l
			}
		}
		if line == "" {
			t.Errorf("no %s line in the report", name)
			continue
		}
		for _, want := range []string{"answered once 20/20", "unanswered 0", "duplicates 0", "exit 0 after SIGTERM", "ack p50", "answers/s", "peak"} {
			if !strings.Contains(line, want) {
				t.Errorf("%s line lacks %q: %s", name, want, line)
			}
		}
	}
	for _, want := range []string{"goal: every mention answered once: 20 of 20, 0 duplicates: met", "goal: ack p99 within 1.1x", "goal: peak RSS under 30 MB"} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{{}, {"-n", "0", "-bot", "x"}, {"-nope"}} {
		err := run(context.Background(), args, &bytes.Buffer{})
		if _, ok := err.(usageError); !ok {
			t.Errorf("%q: %v, want a usage error", args, err)
		}
	}
	err := run(context.Background(), []string{"-bot", "/no/such/bot", "-n", "1"}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "/no/such/bot") {
		t.Errorf("missing binary: %v, want an error naming it", err)
	}
}
