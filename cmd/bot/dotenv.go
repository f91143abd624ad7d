package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/joho/godotenv"
)

// dotenvError says which .env file is malformed and, when it can be told,
// on which line. It never quotes the file: a line may hold a secret.
type dotenvError struct {
	file string
	line int // 1-based; 0 when no single line is at fault
	err  error
}

func (e *dotenvError) Error() string {
	if e.err != nil {
		return fmt.Sprintf("cannot read %s: %v", e.file, e.err)
	}
	if e.line == 0 {
		return fmt.Sprintf("%s is malformed: use KEY=value lines (see .env.example)", e.file)
	}
	return fmt.Sprintf("%s line %d is not KEY=value (see .env.example)", e.file, e.line)
}

// readDotenv reads a .env file; a missing file is an empty one. A file
// godotenv cannot parse gives a *dotenvError naming the first line that
// does not parse on its own.
func readDotenv(file string) (map[string]string, error) {
	data, err := os.ReadFile(file)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		// The cause names the file and the system's reason, never content.
		return nil, &dotenvError{file: file, err: errors.Unwrap(err)}
	}
	m, err := godotenv.UnmarshalBytes(data)
	if err == nil {
		return m, nil
	}
	// Deliberately not wrapping err: godotenv's message quotes the file.
	return nil, &dotenvError{file: file, line: badLine(string(data))}
}

// badLine returns the first line of a .env file that godotenv cannot parse
// alone, or 0 when every line parses alone (a quoted value spanning lines
// that never closes, say).
func badLine(text string) int {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if _, err := godotenv.Unmarshal(line); err != nil || !strings.ContainsAny(line, "=:") {
			return n
		}
	}
	return 0
}
