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
// fixed line in the thread — alternating, -runs times (default 3), and
// prints the medians' storybot/minimal ratios with the goals (every mention answered once, ack p99 within 1.1× of the minimal
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
	"sort"
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
		runs     = fl.Int("runs", 3, "measure each bot this many times, alternating, and judge the goals on the medians")
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
	if *n <= 0 || *channels <= 0 || *runs <= 0 {
		return usageError{"-n, -channels and -runs must be positive"}
	}
	self, err := os.Executable()
	if err != nil {
		return fmt.Errorf("finding this program to run the minimal bot: %w", err)
	}
	p := plan{N: *n, Channels: *channels, Timeout: *timeout}

	fmt.Fprintf(out, "burst of %d mentions over %d channels, each bot a child process on loopback, %d run(s) each\n\n", p.N, p.Channels, *runs)
	var sbs, mbs []Result
	for range *runs {
		sb, err := measure(ctx, "storybot", []string{*bin}, p)
		if err != nil {
			return err
		}
		fmt.Fprintln(out, sb)
		sbs = append(sbs, sb)
		if !*minimal {
			continue
		}
		mb, err := measure(ctx, "minimal", []string{self, minimalFlag}, p)
		if err != nil {
			return err
		}
		fmt.Fprintln(out, mb)
		mbs = append(mbs, mb)
	}
	fmt.Fprintln(out)
	sb := median(sbs)
	if !*minimal {
		printGoals(out, sb, nil)
		return nil
	}
	mb := median(mbs)
	if *runs > 1 {
		fmt.Fprintf(out, "medians of %d runs:\n%s\n%s\n\n", *runs, sb, mb)
	}
	printGoals(out, sb, &mb)
	return nil
}

// median returns, field by field, the median of rs's figures (the upper
// one for an even count), with the worst counts: the fewest mentions
// answered once, the most unanswered and duplicates, any exit error.
func median(rs []Result) Result {
	m := rs[0]
	pick := func(f func(Result) float64) float64 {
		v := make([]float64, len(rs))
		for i, r := range rs {
			v[i] = f(r)
		}
		sort.Float64s(v)
		return v[len(v)/2]
	}
	dur := func(f func(Result) time.Duration) time.Duration {
		return time.Duration(pick(func(r Result) float64 { return float64(f(r)) }))
	}
	m.AckP50 = dur(func(r Result) time.Duration { return r.AckP50 })
	m.AckP99 = dur(func(r Result) time.Duration { return r.AckP99 })
	m.AckMax = dur(func(r Result) time.Duration { return r.AckMax })
	m.Elapsed = dur(func(r Result) time.Duration { return r.Elapsed })
	m.PerSecond = pick(func(r Result) float64 { return r.PerSecond })
	m.IdleRSS = int64(pick(func(r Result) float64 { return float64(r.IdleRSS) }))
	m.PeakRSS = int64(pick(func(r Result) float64 { return float64(r.PeakRSS) }))
	for _, r := range rs {
		m.AnsweredOnce = min(m.AnsweredOnce, r.AnsweredOnce)
		m.Unanswered = max(m.Unanswered, r.Unanswered)
		m.Duplicates = max(m.Duplicates, r.Duplicates)
		if r.ExitErr != nil {
			m.ExitErr = r.ExitErr
		}
	}
	return m
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
