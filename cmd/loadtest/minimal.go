package main

import (
	"context"
	"net/http"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// minimalReply is the fixed line the minimal bot posts.
const minimalReply = "ok"

// runMinimal is the minimal slack-go bot the load test compares storybot
// with: socket mode, ack each envelope, post a fixed line in the mention's
// thread. It reads SLACK_BOT_TOKEN, SLACK_APP_TOKEN and SLACK_API_URL and
// runs until ctx ends.
func runMinimal(ctx context.Context, getenv func(string) string) error {
	api := slack.New(getenv("SLACK_BOT_TOKEN"),
		slack.OptionAppLevelToken(getenv("SLACK_APP_TOKEN")),
		slack.OptionAPIURL(getenv("SLACK_API_URL")),
		slack.OptionHTTPClient(&http.Client{Timeout: 30 * time.Second}),
	)
	client := socketmode.New(api)
	go func() {
		for {
			var evt socketmode.Event
			select {
			case evt = <-client.Events:
			case <-ctx.Done():
				return
			}
			if evt.Type != socketmode.EventTypeEventsAPI || evt.Request == nil {
				continue
			}
			client.Ack(*evt.Request)
			ev, ok := evt.Data.(slackevents.EventsAPIEvent)
			if !ok {
				continue
			}
			m, ok := ev.InnerEvent.Data.(*slackevents.AppMentionEvent)
			if !ok {
				continue
			}
			go func() {
				_, _, _ = api.PostMessageContext(ctx, m.Channel,
					slack.MsgOptionText(minimalReply, false), slack.MsgOptionTS(m.TimeStamp))
			}()
		}
	}()
	err := client.RunContext(ctx) // never nil: it returns only on failure or when ctx ends
	if ctx.Err() != nil {
		return nil
	}
	return err
}
