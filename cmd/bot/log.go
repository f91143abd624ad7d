package main

import (
	"io"
	"log/slog"
)

// newLogger builds the program's one logger from LOG_FORMAT and LOG_LEVEL.
//
// TODO(issue 5): LOG_FORMAT=json, LOG_LEVEL.
func newLogger(cfg config, w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, nil))
}
