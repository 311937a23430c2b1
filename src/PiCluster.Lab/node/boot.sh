#!/bin/sh
# Runs inside a new UTS + mount namespace (see NodeControl): dresses the namespace as the node's Pi,
# then becomes the node's sshd. NODE_DIR is the node's folder in the lab.
set -eu
n="$NODE_DIR"
hostname "$(cat "$n/etc/hostname")"
mount -t overlay overlay -o "lowerdir=/etc,upperdir=$n/etc,workdir=$n/etc.work" /etc
mount -t overlay overlay -o "lowerdir=$n/usr-bin:/usr/bin" /usr/bin
mount -t overlay overlay -o "lowerdir=$n/usr-sbin:/usr/sbin" /usr/sbin
mount --bind "$n/home" /home
mount --bind "$n/snap" /snap
mount --bind "$n/var-snap" /var/snap
mount --bind "$n/boot-firmware" /boot/firmware
# /run/lock is a Pi's own tmpfs: emptied at every boot.
mkdir -p "$n/run-lock" && find "$n/run-lock" -mindepth 1 -delete && chmod 1777 "$n/run-lock"
mkdir -p /run/lock && mount --bind "$n/run-lock" /run/lock
# The node's disks: its dev/ (empty files named sda, sda1, mmcblk0… and a disk/ folder) is laid read-only over the
# machine's /dev, whose own mounts (pts, shm…) are moved aside and back; then its live by-id and by-label links on /dev/disk.
if [ -d "$n/dev" ]; then
  subs=$(awk '$5 ~ "^/dev/[^/]+$" {print $5}' /proc/self/mountinfo | sort -u)
  i=0; for m in $subs; do i=$((i+1)); mkdir -p "$n/dev-moved/$i"; mount --move "$m" "$n/dev-moved/$i"; done
  mount -t overlay overlay -o "lowerdir=$n/dev:/dev" /dev
  i=0; for m in $subs; do i=$((i+1)); mount --move "$n/dev-moved/$i" "$m"; done
  mount --bind "$n/dev-disk" /dev/disk
fi
for f in cmdline cpuinfo meminfo cgroups; do mount --bind "$n/proc/$f" "/proc/$f"; done
mount --bind "$n/proc/boot_id" /proc/sys/kernel/random/boot_id
mount --bind "$n/cgroup" /sys/fs/cgroup
mount --bind "$n/firmware" /sys/firmware
exec /usr/sbin/sshd -f "$n/sshd_config" -E "$n/sshd.log"
