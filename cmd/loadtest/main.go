// Command loadtest measures storybot under a burst of mentions and compares
// it with a minimal slack-go bot, so that storybot's overhead is a ratio.
//
//	go build -o /tmp/storybot ./cmd/bot
//	go run ./cmd/loadtest -bot /tmp/storybot -n 1000
//
// It starts a loopback Slack (internal/fakeslack) in its own process, runs
// the bot binary as a child with SLACK_API_URL pointing at it, waits for the
// socket-mode connection, sends n app_mention envelopes at once and waits
// until every one is acked and answered. It prints ack latency p50/p99/max,
// answers per second, answers delivered, duplicates and the child's peak
// RSS (VmHWM from /proc/<pid>/status). Then it does the same with a minimal
// bot — this program re-executed with -minimal-bot: socket mode, ack, post a
// fixed line in the thread — and prints storybot/minimal ratios with the
// goals (every mention answered once, ack p99 within 1.1× of the minimal
// bot, RSS under 30 MB). Goals are reported, not enforced: the exit status
// is 0 whenever the run completed.
//
// It is a measuring tool, not part of the server, and talks only to
// 127.0.0.1.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// minimalFlag makes the program act as the minimal bot.
const minimalFlag = "-minimal-bot"

// Goals from issue 5, reported after the figures.
const (
	goalAckP99Ratio = 1.1
	goalRSSBytes    = 30 << 20
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == minimalFlag {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		err := runMinimal(ctx, os.Getenv)
		stop()
		if err != nil {
			fmt.Fprintln(os.Stderr, "minimal bot:", err)
			os.Exit(1)
		}
		return
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		var ue usageError
		if errors.As(err, &ue) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// usageError is a mistake on the command line (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// run parses args, measures storybot and the minimal bot, and writes the
// report to out.
func run(ctx context.Context, args []string, out io.Writer) error {
	fl := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	fl.SetOutput(out)
	var (
		bin      = fl.String("bot", "", "path of the storybot binary (go build -o /tmp/storybot ./cmd/bot)")
		n        = fl.Int("n", 1000, "mentions to send at once")
		channels = fl.Int("channels", 20, "channels to spread the mentions over")
		timeout  = fl.Duration("timeout", 2*time.Minute, "bound on each bot's run")
		minimal  = fl.Bool("minimal", true, "also measure the minimal slack-go bot and print ratios")
	)
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return usageError{err.Error()}
	}
	if *bin == "" {
		return usageError{"-bot is required: go build -o /tmp/storybot ./cmd/bot, then -bot /tmp/storybot"}
	}
	if *n <= 0 || *channels <= 0 {
		return usageError{"-n and -channels must be positive"}
	}
	self, err := os.Executable()
	if err != nil {
		return fmt.Errorf("finding this program to run the minimal bot: %w", err)
	}
	p := plan{N: *n, Channels: *channels, Timeout: *timeout}

	fmt.Fprintf(out, "burst of %d mentions over %d channels, each bot a child process on loopback\n\n", p.N, p.Channels)
	sb, err := measure(ctx, "storybot", []string{*bin}, p)
	if err != nil {
		return err
	}
	fmt.Fprintln(out, sb)
	if !*minimal {
		fmt.Fprintln(out)
		printGoals(out, sb, nil)
		return nil
	}
	mb, err := measure(ctx, "minimal", []string{self, minimalFlag}, p)
	if err != nil {
		return err
	}
	fmt.Fprintln(out, mb)
	fmt.Fprintln(out)
	printGoals(out, sb, &mb)
	return nil
}

// printGoals prints storybot/minimal ratios and whether each goal is met.
func printGoals(out io.Writer, sb Result, mb *Result) {
	verdict := func(ok bool) string {
		if ok {
			return "met"
		}
		return "MISSED"
	}
	once := sb.AnsweredOnce == sb.N && sb.Duplicates == 0
	fmt.Fprintf(out, "goal: every mention answered once: %d of %d, %d duplicates: %s\n", sb.AnsweredOnce, sb.N, sb.Duplicates, verdict(once))
	if mb != nil {
		r := ratio(sb.AckP99, mb.AckP99)
		fmt.Fprintf(out, "goal: ack p99 within %.1fx of minimal: %v / %v = %.2fx: %s\n", goalAckP99Ratio, sb.AckP99, mb.AckP99, r, verdict(r <= goalAckP99Ratio))
		fmt.Fprintf(out, "ratio: ack p50 %.2fx, max %.2fx; answers/s %.2fx; peak RSS %.2fx\n",
			ratio(sb.AckP50, mb.AckP50), ratio(sb.AckMax, mb.AckMax), sb.PerSecond/mb.PerSecond, float64(sb.PeakRSS)/float64(mb.PeakRSS))
	}
	fmt.Fprintf(out, "goal: peak RSS under %d MB: %.1f MB: %s\n", goalRSSBytes>>20, mib(sb.PeakRSS), verdict(sb.PeakRSS < goalRSSBytes))
}

func ratio(a, b time.Duration) float64 {
	if b <= 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func mib(b int64) float64 { return float64(b) / (1 << 20) }
