;;; eglot.el --- Emacs + eglot against the promptgov language server, in --batch  -*- lexical-binding: t -*-
;; Open PROMPT_FILE, wait for a `pii/email' diagnostic, ask for its quick fixes, apply the preferred one
;; (the redaction) and wait until the diagnostic is gone.  Waits on state, never on fixed sleeps.
;; Prints one JSON object per line on stdout; exit status 0 = pass, 1 = fail.
;; Env: SERVER_JS, PROMPT_FILE, LSP_TIMEOUT_S.  Run with HOME pointing at a throw-away folder.
(require 'package)
;; -Q skips Debian's site-start: point package.el at Debian's elpa folder to activate elpa-eglot
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'eglot)
(require 'json)
(require 'cl-lib)

(defvar pg-server-js (or (getenv "SERVER_JS") (error "SERVER_JS is not set")))
(defvar pg-file (or (getenv "PROMPT_FILE") (error "PROMPT_FILE is not set")))
(defvar pg-timeout (string-to-number (or (getenv "LSP_TIMEOUT_S") "30")))
(defconst pg-rule "pii/email")
(define-derived-mode dotprompt-mode text-mode "Dotprompt")
(add-to-list 'auto-mode-alist '("\\.prompt\\'" . dotprompt-mode))

(defun pg-out (obj) (princ (concat (json-encode obj) "\n")))
(defun pg-fail (msg) (pg-out `((ok . :json-false) (error . ,msg))) (kill-emacs 1))
(defun pg-wait (pred)
  "Run the event loop until PRED holds or `pg-timeout' seconds pass; return PRED's value."
  (let ((deadline (+ (float-time) pg-timeout)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.02))
    (funcall pred)))
(defun pg-lsp-diag (d) (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d))))
(defun pg-code (d) (plist-get (pg-lsp-diag d) :code))
(defun pg-ours () (cl-remove-if-not (lambda (d) (equal (pg-code d) pg-rule)) (flymake-diagnostics)))

(condition-case err
    (progn
      (find-file pg-file)
      ;; the project eglot manages must be the one `project-current' finds for the buffer
      (eglot '(dotprompt-mode) (or (project-current nil default-directory) (cons 'transient default-directory)) 'eglot-lsp-server
             (list "node" pg-server-js "--stdio") "dotprompt")
      (unless (pg-wait #'pg-ours)
        ;; the deferred flymake start needs a command loop that --batch does not have
        (flymake-start)
        (unless (pg-wait #'pg-ours)
          (pg-fail (format "no %s diagnostic within %ss; got %S" pg-rule pg-timeout (mapcar #'pg-code (flymake-diagnostics))))))
      (pg-out `((step . "diagnostics")
                (diagnostics . ,(vconcat
                                 (mapcar (lambda (d)
                                           (let ((lsp (pg-lsp-diag d)))
                                             `((code . ,(pg-code d))
                                               (line . ,(1- (line-number-at-pos (flymake-diagnostic-beg d))))
                                               (source . ,(plist-get lsp :source))
                                               (message . ,(flymake-diagnostic-text d))
                                               (type . ,(format "%s" (flymake-diagnostic-type d))))))
                                         (flymake-diagnostics))))))
      (let* ((d (car (pg-ours)))
             (actions (eglot-code-actions (flymake-diagnostic-beg d) (flymake-diagnostic-end d) "quickfix"))
             (chosen (cl-find-if (lambda (a) (and (eq (plist-get a :isPreferred) t) (plist-get a :edit))) actions)))
        (pg-out `((step . "codeActions")
                  (actions . ,(vconcat (mapcar (lambda (a) `((title . ,(plist-get a :title))
                                                             (isPreferred . ,(if (eq (plist-get a :isPreferred) t) t :json-false))))
                                               actions)))))
        (unless chosen (pg-fail (format "no preferred quick fix with an edit among %d code actions" (length actions))))
        (eglot--apply-workspace-edit (plist-get chosen :edit))
        ;; eglot sends didChange from an idle timer, which never fires in --batch
        (eglot--signal-textDocument/didChange)
        (pg-out `((step . "applied") (title . ,(plist-get chosen :title))
                  (text . ,(buffer-substring-no-properties (point-min) (point-max))))))
      (unless (pg-wait (lambda () (null (pg-ours))))
        (pg-fail (format "%s diagnostic still there %ss after the fix" pg-rule pg-timeout)))
      (pg-out `((step . "cleared") (remaining . ,(vconcat (mapcar #'pg-code (flymake-diagnostics))))))
      (pg-out '((ok . t)))
      (set-buffer-modified-p nil)
      (ignore-errors (eglot-shutdown (eglot-current-server)))
      (kill-emacs 0))
  (error (pg-fail (format "%S" err))))
