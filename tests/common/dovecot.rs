//! A throwaway Dovecot 2.3 on loopback for the mail tests: passwd-file users, Maildir in a
//! temp folder, mail owned by `nobody` (Dovecot refuses uid 0), optional IMAPS with a test
//! certificate made by openssl.
#![allow(dead_code)]

use std::net::TcpListener;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub const PASSWORD: &str = "geheim-123";

pub struct Dovecot {
    pub dir: tempfile::TempDir,
    conf: PathBuf,
    pub port: u16,
    pub imaps_port: Option<u16>,
    pub cert: Option<PathBuf>,
    running: bool,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn run(cmd: &mut Command) -> std::process::Output {
    cmd.output().unwrap_or_else(|e| {
        panic!("cannot run {cmd:?}: {e} (scripts/setup.sh installs dovecot-imapd and openssl)")
    })
}

impl Dovecot {
    /// Starts Dovecot with `users` (all with password [`PASSWORD`]); with `tls`, also IMAPS
    /// and STARTTLS with a fresh self-signed certificate for 127.0.0.1.
    pub fn start(users: &[&str], tls: bool) -> Dovecot {
        let dir = tempfile::Builder::new().prefix("dv").tempdir().unwrap();
        // Dovecot's processes run as nobody and must reach the mail folder.
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        let d = dir.path();
        for sub in ["run", "state", "mail"] {
            std::fs::create_dir_all(d.join(sub)).unwrap();
        }
        std::fs::set_permissions(d.join("mail"), std::fs::Permissions::from_mode(0o777)).unwrap();
        let users_file: String = users
            .iter()
            .map(|u| format!("{u}:{{PLAIN}}{PASSWORD}\n"))
            .collect();
        std::fs::write(d.join("users"), users_file).unwrap();
        let port = free_port();
        let (imaps_port, cert, ssl) = if tls {
            let (cert, key) = (d.join("cert.pem"), d.join("key.pem"));
            let out = run(Command::new("openssl")
                .args([
                    "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                ])
                .arg("-keyout")
                .arg(&key)
                .arg("-out")
                .arg(&cert)
                .args(["-subj", "/CN=127.0.0.1"])
                .args(["-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"])
                // rustls refuses a self-signed certificate that claims to be a CA.
                .args(["-addext", "basicConstraints=critical,CA:FALSE"]));
            assert!(
                out.status.success(),
                "openssl: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let p = free_port();
            let ssl = format!(
                "ssl = yes\nssl_cert = <{}\nssl_key = <{}\n",
                cert.display(),
                key.display()
            );
            (Some(p), Some(cert), ssl)
        } else {
            (None, None, "ssl = no\n".to_string())
        };
        let conf = d.join("dovecot.conf");
        std::fs::write(
            &conf,
            format!(
                "protocols = imap
listen = 127.0.0.1
base_dir = {base}/run
state_dir = {base}/state
instance_name = mailroom-test-{port}
log_path = {base}/dovecot.log
{ssl}disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{base}/mail/%u
mail_uid = nobody
mail_gid = nogroup
first_valid_uid = 0
default_internal_user = nobody
default_login_user = nobody
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps}
  }}
}}
service anvil {{
  chroot =
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {base}/users
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={base}/mail/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
}}
",
                base = d.display(),
                imaps = imaps_port.unwrap_or(0),
            ),
        )
        .unwrap();
        let mut dv = Dovecot {
            dir,
            conf,
            port,
            imaps_port,
            cert,
            running: false,
        };
        dv.start_again();
        dv
    }

    /// Starts the (stopped) server and waits until it accepts connections.
    pub fn start_again(&mut self) {
        // Not `output()`: the daemonised master keeps inherited pipes open forever.
        let log = std::fs::File::create(self.dir.path().join("start.log")).unwrap();
        let status = Command::new("dovecot")
            .arg("-c")
            .arg(&self.conf)
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .status()
            .expect("cannot run dovecot (scripts/setup.sh installs dovecot-imapd)");
        assert!(
            status.success(),
            "dovecot: {}",
            std::fs::read_to_string(self.dir.path().join("start.log")).unwrap_or_default()
        );
        self.running = true;
        let start = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "dovecot did not come up"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Stops the server (connections drop).
    pub fn stop(&mut self) {
        if self.running {
            let _ = Command::new("doveadm")
                .arg("-c")
                .arg(&self.conf)
                .arg("stop")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
            self.running = false;
            // The master's stop leaves running IMAP sessions alive; a server that goes away
            // takes its connections with it.
            let tag = format!("dovecot-mailroom-test-{}/", self.port);
            for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
                let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
                if String::from_utf8_lossy(&cmdline).starts_with(&tag) {
                    if let Ok(pid) = entry.file_name().to_string_lossy().parse::<i32>() {
                        unsafe {
                            libc::kill(pid, libc::SIGKILL);
                        }
                    }
                }
            }
            let start = Instant::now();
            while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok()
                && start.elapsed() < Duration::from_secs(10)
            {
                std::thread::sleep(Duration::from_millis(50));
            }
        }
    }

    /// Delivers a message into `folder` of `user` (doveadm save, as a mail server would).
    pub fn append(&self, user: &str, folder: &str, raw: &[u8]) {
        use std::io::Write;
        let mut child = Command::new("doveadm")
            .arg("-c")
            .arg(&self.conf)
            .args(["save", "-u", user, "-m", folder])
            .stdin(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(raw).unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "doveadm save: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Number of messages in `folder` (0 if it does not exist).
    pub fn count(&self, user: &str, folder: &str) -> usize {
        let out = Command::new("doveadm")
            .arg("-c")
            .arg(&self.conf)
            .args(["mailbox", "status", "-u", user, "messages", folder])
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        text.split("messages=")
            .nth(1)
            .and_then(|v| v.split_whitespace().next().and_then(|n| n.parse().ok()))
            .unwrap_or(0)
    }

    /// Writes a pipeline file for `user` into `pipelines_dir`.
    pub fn pipeline(&self, pipelines_dir: &Path, name: &str, user: &str, extra: &str) -> PathBuf {
        let file = pipelines_dir.join(format!("{name}.toml"));
        std::fs::write(
            &file,
            format!(
                "type = \"imap\"\nhost = \"127.0.0.1\"\nport = {}\ntls = \"plain\"\nuser = \"{user}\"\npassword_env = \"MAILROOM_TEST_IMAP_PASSWORD\"\npoll_secs = 600\nchannel = \"E-Mail\"\n{extra}\n",
                self.port
            ),
        )
        .unwrap();
        file
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("dovecot.log")).unwrap_or_default()
    }
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        self.stop();
    }
}

impl Dovecot {
    /// Makes the server renumber `user`'s mails with a new UIDVALIDITY (as after a restore or
    /// a mailbox rebuild): removes Dovecot's UID list while the server is stopped.
    pub fn reset_uidvalidity(&mut self, user: &str) {
        self.stop();
        let maildir = self.dir.path().join("mail").join(user);
        for entry in std::fs::read_dir(&maildir).unwrap().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with("dovecot-uidlist")
                || name.starts_with("dovecot-uidvalidity")
                || name.starts_with("dovecot.index")
            {
                let _ = std::fs::remove_file(entry.path());
            }
        }
        std::thread::sleep(Duration::from_millis(1100));
        self.start_again();
    }
}
