package main

import (
	"context"
	"fmt"
	"io"
)

// serve runs the Slack bot until ctx is cancelled.
//
// TODO(issue 3): socket mode.
func serve(ctx context.Context, cfg config, stdout, stderr io.Writer) error {
	return fmt.Errorf("the Slack bot needs SLACK_BOT_TOKEN (xoxb-…) and SLACK_APP_TOKEN (xapp-…); try it offline with: go run ./cmd/bot ask \"Who is Sergey Kislyak?\"")
}
