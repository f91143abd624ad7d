package main

import (
	"context"
	"fmt"
	"io"
)

// runCLI runs the offline subcommands: ask, timeline, quotes, eval.
//
// TODO(issue 2).
func runCLI(ctx context.Context, cfg config, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return fmt.Errorf("%s: not yet", args[0])
}
