package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"storybot/bot"
	"storybot/metrics"
)

// ackFlush is how long the socket stays open after shutdown begins, for
// queued acks to be written.
const ackFlush = 250 * time.Millisecond

// tryOffline tells a user without tokens how to try the bot anyway.
const tryOffline = `try it offline with: go run ./cmd/bot ask "Who is Sergey Kislyak?"`

// checkSlackTokens validates the presence and prefixes of the Slack tokens
// without ever echoing them.
func checkSlackTokens(cfg config) error {
	var missing []string
	if cfg.SlackBotToken == "" {
		missing = append(missing, "SLACK_BOT_TOKEN (xoxb-…)")
	}
	if cfg.SlackAppToken == "" {
		missing = append(missing, "SLACK_APP_TOKEN (xapp-…)")
	}
	if len(missing) > 0 {
		them := "it"
		if len(missing) > 1 {
			them = "them"
		}
		return fmt.Errorf("the Slack bot needs %s: set %s in the environment or in .env (see README, \"Slack setup\"); or %s",
			strings.Join(missing, " and "), them, tryOffline)
	}
	if !strings.HasPrefix(cfg.SlackBotToken, "xoxb-") {
		return errors.New("SLACK_BOT_TOKEN is not a bot token: it should start with xoxb- (OAuth & Permissions → Bot User OAuth Token)")
	}
	if !strings.HasPrefix(cfg.SlackAppToken, "xapp-") {
		return errors.New("SLACK_APP_TOKEN is not an app-level token: it should start with xapp- (Basic Information → App-Level Tokens, scope connections:write)")
	}
	return nil
}

// serve runs the Slack bot in socket mode until ctx is cancelled, then lets
// answers in flight finish (bounded) and returns nil. Missing or malformed
// tokens and a failed auth.test are reported as errors naming the
// variable; token values never appear in output or logs.
func serve(ctx context.Context, cfg config, stdout, stderr io.Writer) error {
	if err := checkSlackTokens(cfg); err != nil {
		return err
	}
	log := newLogger(cfg, stderr)
	article, err := loadArticle(cfg)
	if err != nil {
		return err
	}
	api := slack.New(cfg.SlackBotToken,
		slack.OptionAppLevelToken(cfg.SlackAppToken),
		slack.OptionAPIURL(cfg.SlackAPIURL),
		slack.OptionHTTPClient(&http.Client{Timeout: 30 * time.Second}),
	)
	who, err := authTest(ctx, api)
	var apiErr slack.SlackErrorResponse
	switch {
	case errors.As(err, &apiErr):
		return fmt.Errorf("SLACK_BOT_TOKEN was rejected by Slack (auth.test: %s): check the Bot User OAuth Token and that the app is installed", slackReason(err))
	case err != nil:
		return fmt.Errorf("cannot reach Slack's Web API at %s to check SLACK_BOT_TOKEN (auth.test: %s); check SLACK_API_URL and the network", cfg.SlackAPIURL, slackReason(err))
	}
	log.Info("authenticated with Slack", "team", who.Team, "bot_user_id", who.UserID, "api_url", cfg.SlackAPIURL)

	dedupe, closeDedupe, err := newDeduper(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer closeDedupe()
	m := metrics.New()
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	_, waitHealth, err := startHealth(runCtx, cfg, m, m.Connected, log)
	if err != nil {
		return err
	}
	defer func() {
		cancel()
		if err := waitHealth(); err != nil {
			log.Warn("health listener", "err", err)
		}
	}()

	answerer := newObservedAnswerer(cfg, article, log, m)
	b, err := bot.New(bot.Config{
		Answerer:     answerer,
		Article:      article,
		Slack:        api,
		BotUserID:    who.UserID,
		BotID:        who.BotID,
		Logger:       log,
		Streaming:    answersStream(cfg),
		Deduper:      dedupe,
		Observer:     m,
		FeedbackFile: cfg.FeedbackFile,
		AnsweredBy:   answeredBy(cfg, answerer),
	})
	if err != nil {
		return err
	}
	client := socketmode.New(api)

	// The socket outlives the event loop by ackFlush, so that acks already
	// queued reach Slack; envelopes read in that window are never acked and
	// Slack redelivers them to another connection.
	sockCtx, closeSock := context.WithCancel(context.WithoutCancel(ctx))
	defer closeSock()
	errc := make(chan error, 1)
	sockDone := make(chan struct{})
	go func() {
		errc <- client.RunContext(sockCtx)
		close(sockDone)
		cancel() // a fatal socket-mode error stops the event loop too
	}()
	logged := make(chan struct{})
	go func() {
		<-runCtx.Done()
		if ctx.Err() != nil {
			log.Info("shutting down: answers in flight may finish; envelopes from now on are left unacked for Slack to redeliver")
		}
		close(logged)
		select {
		case <-time.After(ackFlush):
		case <-sockDone:
		}
		closeSock()
	}()
	if err := b.Run(runCtx, client.Events, client); err != nil {
		return err
	}
	cancel()
	<-logged // nothing is written to stderr after serve returns
	closeSock()
	err = <-errc
	if ctx.Err() != nil {
		log.Info("stopped")
		return nil
	}
	return fmt.Errorf("socket mode stopped (check SLACK_APP_TOKEN, an app-level token with connections:write, and that Socket Mode is on): %s", slackReason(err))
}

// authTest calls auth.test, waiting out up to three rate limits, bounded
// by 20 s in all.
func authTest(ctx context.Context, api *slack.Client) (*slack.AuthTestResponse, error) {
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	for attempt := 1; ; attempt++ {
		who, err := api.AuthTestContext(ctx)
		var rl *slack.RateLimitedError
		if !errors.As(err, &rl) || attempt == 3 {
			return who, err
		}
		select {
		case <-time.After(rl.RetryAfter):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// slackReason is an error's text for users, with anything that looks like
// a token removed.
func slackReason(err error) string {
	if err == nil {
		return "unknown error"
	}
	f := strings.Fields(err.Error())
	for i, w := range f {
		if strings.Contains(w, "xox") || strings.Contains(w, "xapp-") {
			f[i] = "[redacted]"
		}
	}
	return strings.Join(f, " ")
}
