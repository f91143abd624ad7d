package lookup

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled on its first use. The
// package declares about 245 patterns; compiling them all when the
// package is initialised took some 30 ms of every `bot ask` process
// (GODEBUG=inittrace=1), most of it for patterns the one question asked
// never reaches. TestLazyPatternsCompile compiles every pattern written
// in the source, so a bad one still fails the tests, not a user's
// question.
type lazyRegexp struct {
	pat  string
	once sync.Once
	re   *regexp.Regexp
}

// lazyRE declares a pattern to be compiled on first use.
func lazyRE(pat string) *lazyRegexp { return &lazyRegexp{pat: pat} }

// get compiles the pattern once and returns it.
func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.pat) })
	return l.re
}

func (l *lazyRegexp) MatchString(s string) bool            { return l.get().MatchString(s) }
func (l *lazyRegexp) FindString(s string) string           { return l.get().FindString(s) }
func (l *lazyRegexp) FindStringIndex(s string) []int       { return l.get().FindStringIndex(s) }
func (l *lazyRegexp) FindStringSubmatch(s string) []string { return l.get().FindStringSubmatch(s) }
func (l *lazyRegexp) FindStringSubmatchIndex(s string) []int {
	return l.get().FindStringSubmatchIndex(s)
}
func (l *lazyRegexp) FindAllString(s string, n int) []string { return l.get().FindAllString(s, n) }
func (l *lazyRegexp) FindAllStringIndex(s string, n int) [][]int {
	return l.get().FindAllStringIndex(s, n)
}
func (l *lazyRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	return l.get().FindAllStringSubmatch(s, n)
}
func (l *lazyRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.get().FindAllStringSubmatchIndex(s, n)
}
func (l *lazyRegexp) ReplaceAllString(s, repl string) string {
	return l.get().ReplaceAllString(s, repl)
}
func (l *lazyRegexp) Split(s string, n int) []string { return l.get().Split(s, n) }

// String is the pattern's source text, without compiling it.
func (l *lazyRegexp) String() string { return l.pat }

// SubexpIndex is the index of the named group, or -1.
func (l *lazyRegexp) SubexpIndex(name string) int { return l.get().SubexpIndex(name) }

// ReplaceAllStringFunc replaces every match by repl's result.
func (l *lazyRegexp) ReplaceAllStringFunc(s string, repl func(string) string) string {
	return l.get().ReplaceAllStringFunc(s, repl)
}
